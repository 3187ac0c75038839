using ComplaintDesk.Notifications;
using ComplaintDesk.Notifications.Templates;

namespace ComplaintDesk.UnitTests.Notifications;

public class MessageValuesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // 15:59:59 UTC is one second before midnight in Shanghai: a date written in UTC would be a day early.
    private const string Payload = """{"number":"TS20261102000001","deadline":"2026-11-17T15:59:59.0000000+00:00","reason":null,"count":3}""";

    [Fact]
    public void Instants_are_written_in_business_time_in_chinese()
    {
        var values = MessageValues.From(Payload, MessageLanguages.Chinese, Shanghai);

        values["deadline"].ShouldBe("2026年11月17日 23:59");
        values["number"].ShouldBe("TS20261102000001");
    }

    [Fact]
    public void Instants_are_written_in_business_time_in_english()
    {
        MessageValues.From(Payload, MessageLanguages.English, Shanghai)["deadline"].ShouldBe("17 November 2026, 23:59");
    }

    [Fact]
    public void Missing_values_stay_missing_and_other_json_is_kept_as_written()
    {
        var values = MessageValues.From(Payload, MessageLanguages.English, Shanghai);

        values["reason"].ShouldBeNull();
        values["count"].ShouldBe("3");
        values.ContainsKey("link").ShouldBeFalse();
    }

    [Fact]
    public void Text_that_merely_contains_a_date_is_not_rewritten()
    {
        var values = MessageValues.From("""{"reason":"2026-11-17 客户补交材料"}""", MessageLanguages.Chinese, Shanghai);

        values["reason"].ShouldBe("2026-11-17 客户补交材料");
    }

    [Fact]
    public void A_customer_template_rendered_in_each_language_carries_number_deadline_and_link()
    {
        var values = MessageValues.From(Payload, MessageLanguages.English, Shanghai);
        values["link"] = "https://complaints.example-bank.cn/customer/abc";
        var known = TemplateCatalog.PlaceholdersOf("acknowledgement");

        var text = TemplateText.Render("Reference {number}; answer by {deadline}; follow it at {link}. {receivedAt}", values, known);

        text.ShouldBe("Reference TS20261102000001; answer by 17 November 2026, 23:59; follow it at https://complaints.example-bank.cn/customer/abc. ");
    }
}
