using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Clocks;

/// <summary>
/// Deadlines on the mainland calendar around the two long holidays of 2026. The dates worked out by hand:
/// National Day: Sun 20 Sep is a make-up working day, Fri 25 – Sun 27 Sep is 中秋节, Thu 1 – Wed 7 Oct is 国庆节,
/// Sat 10 Oct is a make-up working day. Spring Festival: Sat 14 Feb is a make-up working day, Sun 15 – Mon 23 Feb is
/// 春节, Sat 28 Feb is a make-up working day. Working hours are 09:00–17:00 Beijing time.
/// </summary>
public class HolidayDeadlineTests
{
    private static readonly SlaRules Rules = ChinaRules();

    // Received Monday 28 Sep 2026 at 14:00. Working days after the day of receipt:
    // 1 = Tue 29 Sep, 2 = Wed 30 Sep, (1–7 Oct off), 3 = Thu 8 Oct, 4 = Fri 9 Oct, 5 = Sat 10 Oct (make-up),
    // (Sun 11 Oct off), 6 = Mon 12 Oct.
    [Theory]
    [InlineData(1, 9, 29)]
    [InlineData(2, 9, 30)]
    [InlineData(3, 10, 8)]
    [InlineData(5, 10, 10)]
    [InlineData(6, 10, 12)]
    public void Business_days_skip_the_national_day_week_and_count_the_make_up_saturday(int days, int month, int day)
    {
        Rules.DueAt(Beijing(2026, 9, 28, 14), SlaSpan.BusinessDays(days)).ShouldBe(Beijing(2026, month, day, 17));
    }

    [Fact]
    public void Calendar_days_run_through_the_holiday_and_end_at_midnight_beijing_time()
    {
        // 28 Sep + 15 days = 13 Oct; the deadline is the last second of that day in Beijing (15:59:59 UTC).
        var due = Rules.DueAt(Beijing(2026, 9, 28, 14), SlaSpan.CalendarDays(15));

        due.ShouldBe(BeijingEndOfDay(2026, 10, 13));
        due.Offset.ShouldBe(TimeSpan.Zero);
        due.ShouldBe(new DateTimeOffset(2026, 10, 13, 15, 59, 59, TimeSpan.Zero));
    }

    [Fact]
    public void Calendar_days_count_from_the_day_after_receipt_in_the_calendars_zone()
    {
        // 00:05 and 23:55 on the same Beijing date give the same deadline; 16:30 UTC on 28 Sep is already 29 Sep in
        // Beijing, so the count starts a day later.
        Rules.DueAt(Beijing(2026, 9, 28, 0, 5), SlaSpan.CalendarDays(15)).ShouldBe(BeijingEndOfDay(2026, 10, 13));
        Rules.DueAt(Beijing(2026, 9, 28, 23, 55), SlaSpan.CalendarDays(15)).ShouldBe(BeijingEndOfDay(2026, 10, 13));
        Rules.DueAt(new DateTimeOffset(2026, 9, 28, 16, 30, 0, TimeSpan.Zero), SlaSpan.CalendarDays(15))
            .ShouldBe(BeijingEndOfDay(2026, 10, 14));
    }

    [Fact]
    public void Business_hours_stop_for_the_holiday_week()
    {
        // From Mon 28 Sep 14:00: 3 h that day, 8 h on Tue, 8 h on Wed = 19 h before the holiday.
        // 16 h: 3 + 8 + 5 → Wed 30 Sep 14:00. 24 h: 19 + 5 on Thu 8 Oct → 14:00.
        Rules.DueAt(Beijing(2026, 9, 28, 14), SlaSpan.BusinessHours(16)).ShouldBe(Beijing(2026, 9, 30, 14));
        Rules.DueAt(Beijing(2026, 9, 28, 14), SlaSpan.BusinessHours(24)).ShouldBe(Beijing(2026, 10, 8, 14));
    }

    [Fact]
    public void A_complaint_received_during_the_holiday_counts_business_days_from_the_first_day_back()
    {
        // Saturday 3 Oct (holiday): day 1 is Thu 8 Oct. Received Wed 30 Sep after hours: day 1 is also Thu 8 Oct.
        Rules.DueAt(Beijing(2026, 10, 3, 10), SlaSpan.BusinessDays(1)).ShouldBe(Beijing(2026, 10, 8, 17));
        Rules.DueAt(Beijing(2026, 9, 30, 20), SlaSpan.BusinessDays(1)).ShouldBe(Beijing(2026, 10, 8, 17));
    }

    [Fact]
    public void The_chinese_plan_for_a_complaint_received_before_the_spring_festival()
    {
        // Received Thursday 12 Feb 2026 10:00. Acknowledgement (1 business day): Fri 13 Feb 17:00. First contact
        // (2 business days): Sat 14 Feb 17:00, a make-up day. Decision (15 calendar days): 27 Feb 23:59:59.
        var plan = Rules.Plan(Beijing(2026, 2, 12, 10), categoryId: 7, Priority.Normal);

        plan.Select(p => p.Target).ShouldBe([SlaTarget.Acknowledgement, SlaTarget.FirstContact, SlaTarget.Resolution]);
        plan[0].DueAt.ShouldBe(Beijing(2026, 2, 13, 17));
        plan[1].DueAt.ShouldBe(Beijing(2026, 2, 14, 17));
        plan[2].DueAt.ShouldBe(BeijingEndOfDay(2026, 2, 27));
        plan.ShouldAllBe(p => p.PolicyId == null && p.PolicyVersion == null);
    }

    // From Thu 12 Feb: 1 = Fri 13, 2 = Sat 14 (make-up), (15–23 off), 3 = Tue 24, 4 = Wed 25, 5 = Thu 26, 6 = Fri 27,
    // 7 = Sat 28 (make-up), (Sun 1 Mar off), 8 = Mon 2 Mar.
    [Theory]
    [InlineData(2, 2, 14)]
    [InlineData(3, 2, 24)]
    [InlineData(5, 2, 26)]
    [InlineData(7, 2, 28)]
    [InlineData(8, 3, 2)]
    public void Business_days_across_the_spring_festival(int days, int month, int day)
    {
        Rules.DueAt(Beijing(2026, 2, 12, 10), SlaSpan.BusinessDays(days)).ShouldBe(Beijing(2026, month, day, 17));
    }

    [Fact]
    public void A_make_up_saturday_holds_working_hours_like_a_weekday()
    {
        // Fri 13 Feb 16:00 + 3 business hours: 1 h on Friday, 2 h on the make-up Saturday → Sat 14 Feb 11:00.
        // The same from Fri 20 Mar (an ordinary week) lands on Monday 23 Mar.
        China.IsWorkingDay(new DateOnly(2026, 2, 14)).ShouldBeTrue();
        China.AddBusinessTime(Beijing(2026, 2, 13, 16), TimeSpan.FromHours(3)).ShouldBe(Beijing(2026, 2, 14, 11));
        China.AddBusinessTime(Beijing(2026, 3, 20, 16), TimeSpan.FromHours(3)).ShouldBe(Beijing(2026, 3, 23, 11));
        China.BusinessTimeBetween(Beijing(2026, 2, 14, 0), Beijing(2026, 2, 15, 0)).ShouldBe(TimeSpan.FromHours(8));
    }
}
