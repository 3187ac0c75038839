namespace ComplaintDesk.UnitTests.Clocks;

public class WorkingCalendarTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly WorkingCalendar China = new(Shanghai, new TimeOnly(9, 0), new TimeOnly(17, 0), MondayToFriday,
        ChinaMainlandHolidays.Days);

    private static DateTimeOffset Beijing(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_deadline_in_business_days_skips_the_national_day_week_and_counts_the_make_up_saturday()
    {
        // Received Tuesday 29 Sep 2026. Working days after it: Wed 30 Sep, then the holiday 1–7 Oct, Thu 8, Fri 9,
        // and Saturday 10 Oct, a make-up working day.
        var deadline = China.AddBusinessDays(Beijing(2026, 9, 29, 10), 4);

        deadline.ShouldBe(Beijing(2026, 10, 10, 17));
    }

    [Fact]
    public void A_make_up_sunday_is_a_working_day_and_a_weekday_holiday_is_not()
    {
        China.IsWorkingDay(new DateOnly(2026, 9, 20)).ShouldBeTrue();   // Sunday, 国庆节调休
        China.IsWorkingDay(new DateOnly(2026, 9, 19)).ShouldBeFalse();  // an ordinary Saturday
        China.IsWorkingDay(new DateOnly(2026, 10, 1)).ShouldBeFalse();  // Thursday, 国庆节
        China.IsWorkingDay(new DateOnly(2026, 2, 16)).ShouldBeFalse();  // Monday, 春节
    }

    [Fact]
    public void The_spring_festival_holiday_pushes_a_deadline_by_its_whole_length()
    {
        // Friday 13 Feb 2026, then Saturday 14 (make-up, working), then 15–23 off.
        China.AddBusinessDays(Beijing(2026, 2, 13, 11), 1).ShouldBe(Beijing(2026, 2, 14, 17));
        China.AddBusinessDays(Beijing(2026, 2, 13, 11), 2).ShouldBe(Beijing(2026, 2, 24, 17));
    }

    [Fact]
    public void Business_hours_roll_over_evenings_weekends_and_holidays()
    {
        // Thursday 30 Apr 2026 at 16:00: one hour left that day, then 1–5 May off, Wednesday 6 May resumes.
        China.AddBusinessTime(Beijing(2026, 4, 30, 16), TimeSpan.FromHours(3)).ShouldBe(Beijing(2026, 5, 6, 11));
        // Before opening, the clock starts at 09:00.
        China.AddBusinessTime(Beijing(2026, 4, 28, 7), TimeSpan.FromHours(2)).ShouldBe(Beijing(2026, 4, 28, 11));
    }

    [Fact]
    public void Business_time_between_two_instants_excludes_nights_weekends_and_holidays()
    {
        China.BusinessTimeBetween(Beijing(2026, 9, 30, 15), Beijing(2026, 10, 8, 10)).ShouldBe(TimeSpan.FromHours(3));
        China.BusinessTimeBetween(Beijing(2026, 10, 8, 10), Beijing(2026, 9, 30, 15)).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_working_day_keeps_its_length_across_a_daylight_saving_change()
    {
        var uk = new WorkingCalendar(London, new TimeOnly(9, 0), new TimeOnly(17, 0), MondayToFriday, []);
        // Clocks go forward on Sunday 29 March 2026; Friday 17:00 GMT to Monday 17:00 BST is one working day.
        var friday = new DateTimeOffset(2026, 3, 27, 17, 0, 0, TimeSpan.Zero);

        var monday = uk.AddBusinessTime(friday, TimeSpan.FromHours(8));

        monday.ShouldBe(new DateTimeOffset(2026, 3, 30, 17, 0, 0, TimeSpan.FromHours(1)));
        uk.AddBusinessDays(friday, 1).ShouldBe(monday);
        uk.BusinessTimeBetween(friday, monday).ShouldBe(TimeSpan.FromHours(8));
    }

    [Fact]
    public void Every_make_up_day_in_the_shipped_calendar_falls_on_a_weekend_and_no_date_is_listed_twice()
    {
        ChinaMainlandHolidays.Days.Where(d => d.Kind == DayKind.WorkingDay)
            .ShouldAllBe(d => d.Date.DayOfWeek == DayOfWeek.Saturday || d.Date.DayOfWeek == DayOfWeek.Sunday);
        ChinaMainlandHolidays.Days.Select(d => d.Date).ShouldBeUnique();
    }

    [Fact]
    public void Adding_business_time_never_moves_backwards_and_round_trips_with_the_elapsed_time()
    {
        var random = new Random(20261123);
        var origin = Beijing(2025, 1, 1);
        for (var i = 0; i < 2000; i++)
        {
            var from = origin.AddMinutes(random.Next(0, 2 * 365 * 24 * 60));
            var amount = TimeSpan.FromMinutes(random.Next(0, 60 * 8 * 40));
            var more = amount + TimeSpan.FromMinutes(random.Next(1, 600));

            var due = China.AddBusinessTime(from, amount);

            due.ShouldBeGreaterThanOrEqualTo(from);
            China.AddBusinessTime(from, more).ShouldBeGreaterThan(due);
            China.BusinessTimeBetween(from, due).ShouldBe(amount);
        }
    }

    [Fact]
    public void A_calendar_without_working_days_fails_instead_of_looping()
    {
        var never = new WorkingCalendar(Shanghai, new TimeOnly(9, 0), new TimeOnly(17, 0), [], []);

        Should.Throw<InvalidOperationException>(() => never.AddBusinessDays(Beijing(2026, 1, 5), 1));
        Should.Throw<InvalidOperationException>(() => never.AddBusinessTime(Beijing(2026, 1, 5), TimeSpan.FromHours(1)));
    }
}
