using ComplaintDesk.Reports;

namespace ComplaintDesk.UnitTests.Reports;

public sealed class ReportMathTests
{
    [Fact]
    public void A_rate_of_nothing_is_unknown_not_zero()
    {
        ReportMath.Rate(0, 0).ShouldBeNull();
        ReportMath.Rate(0, 4).ShouldBe(0);
        ReportMath.Rate(3, 4).ShouldBe(0.75);
    }

    [Theory]
    [InlineData(null, "–")]
    [InlineData(0.0, "0%")]
    [InlineData(0.875, "87.5%")]
    [InlineData(2.0 / 3, "66.7%")]
    [InlineData(1.0, "100%")]
    public void Percentages_have_at_most_one_decimal(double? rate, string shown) => ReportMath.Percent(rate).ShouldBe(shown);

    [Theory]
    [InlineData(null, "–")]
    [InlineData(0.5, "0.5 h")]
    [InlineData(15.0, "15 h")]
    [InlineData(71.94, "71.9 h")]
    [InlineData(72.0, "3 d")]
    [InlineData(340.0, "14.2 d")]
    public void Durations_read_in_hours_below_three_days_and_in_days_above(double? hours, string shown) =>
        ReportMath.Hours(hours).ShouldBe(shown);

    [Fact]
    public void Change_is_relative_to_the_earlier_value_and_unknown_from_zero()
    {
        ReportMath.Change(15, 10).ShouldBe(0.5);
        ReportMath.Change(5, 10).ShouldBe(-0.5);
        ReportMath.Change(5, 0).ShouldBeNull();
    }
}
