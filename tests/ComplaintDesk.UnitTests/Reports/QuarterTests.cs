using ComplaintDesk.Reports;

namespace ComplaintDesk.UnitTests.Reports;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2026Q1", 2026, 1, "2026-01-01", "2026-04-01")]
    [InlineData("2026q4", 2026, 4, "2026-10-01", "2027-01-01")]
    [InlineData(" 2025Q3 ", 2025, 3, "2025-07-01", "2025-10-01")]
    public void A_quarter_runs_from_its_first_day_to_the_next_quarters(string text, int year, int number, string first, string end)
    {
        var quarter = Quarter.Parse(text);

        quarter.ShouldBe(new Quarter(year, number));
        quarter.FirstDay.ShouldBe(DateOnly.Parse(first));
        quarter.EndDay.ShouldBe(DateOnly.Parse(end));
        quarter.ToString().ShouldBe($"{year}Q{number}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026Q0")]
    [InlineData("2026Q5")]
    [InlineData("2026-Q1")]
    [InlineData("1999Q1")]
    public void Anything_else_is_refused_naming_the_field(string? text) =>
        Should.Throw<RuleViolationException>(() => Quarter.Parse(text)).Field.ShouldBe("quarter");

    [Fact]
    public void The_quarter_of_a_day_is_the_one_containing_it() =>
        Quarter.Containing(new DateOnly(2026, 9, 30)).ShouldBe(new Quarter(2026, 3));
}
