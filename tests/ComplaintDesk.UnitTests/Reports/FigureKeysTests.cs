using ComplaintDesk.Reports;

namespace ComplaintDesk.UnitTests.Reports;

public sealed class FigureKeysTests
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("received", "received", null, null)]
    [InlineData("open", "open", null, null)]
    [InlineData("open:InProgress", "open", "InProgress", null)]
    [InlineData("satisfaction:5", "satisfaction", "5", null)]
    [InlineData("sla:contact:missed", "sla", "contact", "missed")]
    [InlineData("day:2026-02-03", "day", "2026-02-03", null)]
    [InlineData("week:2026-02-02", "week", "2026-02-02", null)]
    [InlineData("rootcause:卡片寄送地址未核实:系统", "rootcause", "卡片寄送地址未核实:系统", null)]
    [InlineData("category:CARD_DELIVERY", "category", "CARD_DELIVERY", null)]
    [InlineData("handler:12:overdue", "handler", "12", "overdue")]
    [InlineData("channel:Phone:surveyed", "channel", "Phone", "surveyed")]
    public void A_key_parses_into_the_parts_that_name_it(string key, string kind, string? subject, string? measure)
    {
        FigureKeys.TryParse(key, Beijing, out var figure).ShouldBeTrue();

        (figure.Key, figure.Kind, figure.Subject, figure.Measure).ShouldBe((key, kind, subject, measure));
    }

    [Fact]
    public void A_day_selects_the_day_in_the_banks_zone()
    {
        FigureKeys.TryParse("day:2026-02-03", Beijing, out var figure).ShouldBeTrue();

        figure.Arguments.ShouldBe([new DateTimeOffset(2026, 2, 2, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 3, 16, 0, 0, TimeSpan.Zero)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nothing")]
    [InlineData("open:Closed")]
    [InlineData("open:inprogress")]
    [InlineData("satisfaction:6")]
    [InlineData("satisfaction:05")]
    [InlineData("sla:ack")]
    [InlineData("sla:speed:met")]
    [InlineData("week:2026-02-03")]
    [InlineData("day:2026-2-3")]
    [InlineData("rootcause:")]
    [InlineData("handler:0")]
    [InlineData("handler:12:late")]
    [InlineData("channel:phone")]
    [InlineData("category:CARD:open:closed")]
    public void Anything_else_names_no_figure(string key) =>
        FigureKeys.TryParse(key, Beijing, out _).ShouldBeFalse();
}
