using ComplaintDesk.Notifications.Templates;

namespace ComplaintDesk.UnitTests.Notifications;

public class TemplateTextTests
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string> { "number", "deadline", "link", "reason" };

    [Fact]
    public void Fills_every_placeholder_that_has_a_value_however_often_it_appears()
    {
        var text = TemplateText.Render("投诉{number}：请在{deadline}前答复。编号{number}",
            new Dictionary<string, string?> { ["number"] = "TS20261102000001", ["deadline"] = "2026年11月17日 23:59" }, Known);

        text.ShouldBe("投诉TS20261102000001：请在2026年11月17日 23:59前答复。编号TS20261102000001");
    }

    [Fact]
    public void A_known_placeholder_without_a_value_becomes_empty()
    {
        var values = new Dictionary<string, string?> { ["number"] = "TS1", ["reason"] = null };

        TemplateText.Render("{number}:{reason}|{link}", values, Known).ShouldBe("TS1:|");
    }

    [Fact]
    public void An_unknown_placeholder_stays_visible_so_a_typo_is_seen_not_silently_dropped()
    {
        TemplateText.Render("Dear {custmerName}, complaint {number}", new Dictionary<string, string?> { ["number"] = "TS1" }, Known)
            .ShouldBe("Dear {custmerName}, complaint TS1");
    }

    [Fact]
    public void Braces_that_are_no_placeholder_and_values_that_look_like_one_are_left_alone()
    {
        var values = new Dictionary<string, string?> { ["number"] = "{deadline}", ["deadline"] = "never" };

        TemplateText.Render("{ number } {1} {number}", values, Known).ShouldBe("{ number } {1} {deadline}");
    }

    [Fact]
    public void Lists_the_placeholders_a_text_uses_once_each()
    {
        TemplateText.Placeholders("{number} {link} {number} {Bad-name} {x1}").ShouldBe(["number", "link", "x1"]);
    }
}
