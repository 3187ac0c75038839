using ComplaintDesk.Numbering;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.UnitTests.Numbering;

public class ComplaintNumberFormatTests
{
    private static ComplaintNumberIssuer Issuer(string prefix = "TS", string zone = "Asia/Shanghai", int digits = 6) =>
        new(Options.Create(new NumberingOptions { Prefix = prefix, CounterDigits = digits }), new BankClock(TimeProvider.System, zone));

    [Fact]
    public void Default_shape_is_prefix_date_and_six_digit_counter()
    {
        Issuer().Format(new DateOnly(2026, 11, 22), 123).ShouldBe("TS20261122000123");
    }

    [Fact]
    public void Prefix_and_width_are_configurable_and_a_busy_day_grows_instead_of_wrapping()
    {
        Issuer(prefix: "CMB", digits: 4).Format(new DateOnly(2026, 1, 5), 7).ShouldBe("CMB202601050007");
        Issuer(digits: 4).Format(new DateOnly(2026, 1, 5), 12345).ShouldBe("TS2026010512345");
    }

    [Theory]
    [InlineData("2026-11-22T15:59:59Z", "2026-11-22")]
    [InlineData("2026-11-22T16:00:00Z", "2026-11-23")]
    [InlineData("2026-11-23T07:30:00+08:00", "2026-11-23")]
    public void The_date_is_the_calendar_day_in_the_configured_zone(string instant, string day)
    {
        Issuer().DayOf(DateTimeOffset.Parse(instant)).ShouldBe(DateOnly.Parse(day));
    }

    [Fact]
    public void Another_zone_gives_another_day_for_the_same_instant()
    {
        var instant = DateTimeOffset.Parse("2026-11-22T20:00:00Z");
        Issuer(zone: "Europe/London").DayOf(instant).ShouldBe(new DateOnly(2026, 11, 22));
        Issuer(zone: "Asia/Shanghai").DayOf(instant).ShouldBe(new DateOnly(2026, 11, 23));
    }
}
