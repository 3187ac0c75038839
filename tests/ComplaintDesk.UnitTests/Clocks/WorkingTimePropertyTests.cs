using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Clocks;

/// <summary>
/// Properties of the working-time arithmetic checked over many random instants in 2025–2026, on the mainland calendar
/// (holidays and make-up days) and on New York's (two daylight-saving changes a year). The seed is fixed, so a failure
/// names the same instants on every run; the message carries them.
/// </summary>
public class WorkingTimePropertyTests
{
    private const int Cases = 10_000;
    private const int Seed = 20260929;
    private static readonly DateTimeOffset Origin = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int TwoYearsInSeconds = 2 * 365 * 24 * 3600;

    public static TheoryData<string> Calendars => ["CN", "US"];

    private static WorkingCalendar Calendar(string code) => code == "CN" ? China : UnitedStates;

    private static DateTimeOffset RandomInstant(Random random) => Origin.AddSeconds(random.Next(0, TwoYearsInSeconds));

    /// <summary>Up to 40 working days of eight hours, to the second.</summary>
    private static TimeSpan RandomAmount(Random random) => TimeSpan.FromSeconds(random.Next(0, 40 * 8 * 3600));

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Adding_business_time_never_moves_backwards_and_is_monotonic_in_the_amount(string code)
    {
        var calendar = Calendar(code);
        var random = new Random(Seed);
        for (var i = 0; i < Cases; i++)
        {
            var from = RandomInstant(random);
            var (a, b) = (RandomAmount(random), RandomAmount(random));
            var (less, more) = a <= b ? (a, b) : (b, a);

            var early = calendar.AddBusinessTime(from, less);
            var late = calendar.AddBusinessTime(from, more);

            early.ShouldBeGreaterThanOrEqualTo(from, $"from {from:O} + {less}");
            late.ShouldBeGreaterThanOrEqualTo(early, $"from {from:O}: {less} → {early:O}, {more} → {late:O}");
            if (more > less) late.ShouldBeGreaterThan(early, $"from {from:O}: {less} and {more} both → {early:O}");
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Adding_the_business_time_between_two_instants_lands_on_the_later_one_when_it_is_within_working_hours(string code)
    {
        var calendar = Calendar(code);
        var random = new Random(Seed + 1);
        var checkedCases = 0;
        while (checkedCases < Cases)
        {
            var from = RandomInstant(random);
            var to = from.AddSeconds(random.Next(1, 60 * 24 * 3600));
            var day = calendar.LocalDate(to);
            // Exactly at opening time the same amount is already reached at the previous day's close.
            if (!calendar.IsWorkingDay(day) || to <= calendar.StartOf(day) || to > calendar.EndOf(day)) continue;
            checkedCases++;

            var between = calendar.BusinessTimeBetween(from, to);

            calendar.AddBusinessTime(from, between).ShouldBe(to, $"from {from:O} to {to:O}: {between}");
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Business_time_between_is_additive_over_any_split_point(string code)
    {
        var calendar = Calendar(code);
        var random = new Random(Seed + 2);
        for (var i = 0; i < Cases; i++)
        {
            var points = new[] { RandomInstant(random), RandomInstant(random), RandomInstant(random) }.Order().ToArray();
            var (a, b, c) = (points[0], points[1], points[2]);

            var whole = calendar.BusinessTimeBetween(a, c);

            whole.ShouldBe(calendar.BusinessTimeBetween(a, b) + calendar.BusinessTimeBetween(b, c), $"{a:O} | {b:O} | {c:O}");
            whole.ShouldBeLessThanOrEqualTo(c - a);
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Business_time_between_an_instant_and_the_sum_is_the_amount_added(string code)
    {
        var calendar = Calendar(code);
        var random = new Random(Seed + 3);
        for (var i = 0; i < Cases; i++)
        {
            var from = RandomInstant(random);
            var amount = RandomAmount(random);

            calendar.BusinessTimeBetween(from, calendar.AddBusinessTime(from, amount)).ShouldBe(amount, $"from {from:O} + {amount}");
        }
    }

    [Fact]
    public void A_due_time_is_never_before_its_start_for_any_unit_and_length()
    {
        var rules = ChinaRules();
        var units = Enum.GetValues<SlaUnit>();
        var random = new Random(Seed + 4);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            // Policies and profiles allow lengths from 1 up.
            var span = new SlaSpan(random.Next(1, 61), units[random.Next(units.Length)]);

            var due = rules.DueAt(start, span);

            due.ShouldBeGreaterThan(start, $"{start:O} + {span}");
            rules.AtRiskFrom(start, due, span.Unit).ShouldBeInRange(start, due);
        }
    }
}
