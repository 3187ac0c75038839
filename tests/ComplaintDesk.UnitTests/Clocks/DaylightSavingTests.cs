using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Clocks;

/// <summary>
/// Calendars outside China move their clocks twice a year. In 2026: London goes GMT → BST on Sun 29 Mar and back on
/// Sun 25 Oct; New York goes EST → EDT on Sun 8 Mar and back on Sun 1 Nov. A working day stays 09:00–17:00 local, so
/// it starts at a different UTC hour on either side of the change, and working time is counted in local hours.
/// </summary>
public class DaylightSavingTests
{
    private static readonly TimeSpan Gmt = TimeSpan.Zero, Bst = TimeSpan.FromHours(1);
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5), Edt = TimeSpan.FromHours(-4);

    private static DateTimeOffset At(int y, int m, int d, int h, TimeSpan offset, int min = 0, int s = 0) => new(y, m, d, h, min, s, offset);

    [Fact]
    public void A_london_working_day_is_0900_to_1700_local_on_both_sides_of_each_change()
    {
        England.StartOf(new DateOnly(2026, 3, 27)).ShouldBe(At(2026, 3, 27, 9, Gmt));   // 09:00 UTC
        England.StartOf(new DateOnly(2026, 3, 30)).ShouldBe(At(2026, 3, 30, 8, Gmt));   // 09:00 BST = 08:00 UTC
        England.StartOf(new DateOnly(2026, 10, 23)).ShouldBe(At(2026, 10, 23, 8, Gmt));
        England.StartOf(new DateOnly(2026, 10, 26)).ShouldBe(At(2026, 10, 26, 9, Gmt));
        foreach (var day in new[] { new DateOnly(2026, 3, 30), new DateOnly(2026, 10, 26) })
            (England.EndOf(day) - England.StartOf(day)).ShouldBe(TimeSpan.FromHours(8));
    }

    [Fact]
    public void London_business_hours_across_the_march_change()
    {
        // Fri 27 Mar 15:00 GMT + 4 h: 2 h on Friday, then Monday 30 Mar 09:00 BST + 2 h = 11:00 BST (10:00 UTC).
        England.AddBusinessTime(At(2026, 3, 27, 15, Gmt), TimeSpan.FromHours(4)).ShouldBe(At(2026, 3, 30, 11, Bst));
        England.AddBusinessTime(At(2026, 3, 27, 15, Gmt), TimeSpan.FromHours(4)).ShouldBe(At(2026, 3, 30, 10, Gmt));
        // Friday 09:00 GMT to Monday 17:00 BST: two full working days, although 79 hours of wall time pass.
        England.BusinessTimeBetween(At(2026, 3, 27, 9, Gmt), At(2026, 3, 30, 17, Bst)).ShouldBe(TimeSpan.FromHours(16));
    }

    [Fact]
    public void London_business_hours_across_the_october_change()
    {
        // Fri 23 Oct 15:00 BST + 4 h: 2 h on Friday, then Monday 26 Oct 09:00 GMT + 2 h = 11:00 GMT.
        England.AddBusinessTime(At(2026, 10, 23, 15, Bst), TimeSpan.FromHours(4)).ShouldBe(At(2026, 10, 26, 11, Gmt));
        // Wed 21 Oct 13:00 BST + 24 h: 4 (Wed) + 8 (Thu) + 8 (Fri) + 4 (Mon) → Mon 26 Oct 13:00 GMT.
        England.AddBusinessTime(At(2026, 10, 21, 13, Bst), TimeSpan.FromHours(24)).ShouldBe(At(2026, 10, 26, 13, Gmt));
        England.BusinessTimeBetween(At(2026, 10, 23, 9, Bst), At(2026, 10, 26, 17, Gmt)).ShouldBe(TimeSpan.FromHours(16));
    }

    [Fact]
    public void The_uk_profile_counts_business_days_and_calendar_days_in_london_time()
    {
        var rules = Rules(RegulatoryProfile.UkFca, England);
        // Summary resolution, 3 business days from Thu 26 Mar: Fri 27, Mon 30, Tue 31 Mar → 17:00 BST (16:00 UTC).
        rules.DueAt(At(2026, 3, 26, 10, Gmt), SlaSpan.BusinessDays(3)).ShouldBe(At(2026, 3, 31, 16, Gmt));
        // Final response, 8 weeks from Mon 2 Mar (GMT): 2 Mar + 56 days = Mon 27 Apr, end of day in BST = 22:59:59 UTC.
        rules.DueAt(At(2026, 3, 2, 10, Gmt), SlaSpan.CalendarDays(56)).ShouldBe(At(2026, 4, 27, 22, Gmt, 59, 59));
    }

    [Fact]
    public void New_york_business_hours_across_the_march_and_november_changes()
    {
        // Fri 6 Mar 16:00 EST + 3 h: 1 h on Friday, Monday 9 Mar 09:00 EDT + 2 h = 11:00 EDT (15:00 UTC).
        UnitedStates.AddBusinessTime(At(2026, 3, 6, 16, Est), TimeSpan.FromHours(3)).ShouldBe(At(2026, 3, 9, 11, Edt));
        UnitedStates.AddBusinessTime(At(2026, 3, 6, 16, Est), TimeSpan.FromHours(3)).ShouldBe(At(2026, 3, 9, 15, Gmt));
        // Fri 30 Oct 16:00 EDT + 3 h: Monday 2 Nov 11:00 EST (16:00 UTC).
        UnitedStates.AddBusinessTime(At(2026, 10, 30, 16, Edt), TimeSpan.FromHours(3)).ShouldBe(At(2026, 11, 2, 16, Gmt));
        UnitedStates.BusinessTimeBetween(At(2026, 10, 30, 9, Edt), At(2026, 11, 2, 17, Est)).ShouldBe(TimeSpan.FromHours(16));
        UnitedStates.BusinessTimeBetween(At(2026, 3, 6, 9, Est), At(2026, 3, 9, 17, Edt)).ShouldBe(TimeSpan.FromHours(16));
        UnitedStates.AddBusinessDays(At(2026, 3, 6, 10, Est), 1).ShouldBe(At(2026, 3, 9, 17, Edt));
    }

    [Fact]
    public void The_us_profile_counts_calendar_days_to_the_end_of_a_new_york_day()
    {
        var rules = Rules(RegulatoryProfile.UsCfpb, UnitedStates);
        // Received Mon 2 Mar 10:00 EST: 15 days → Tue 17 Mar 23:59:59 EDT, which is 03:59:59 UTC on 18 Mar.
        rules.DueAt(At(2026, 3, 2, 10, Est), SlaSpan.CalendarDays(15)).ShouldBe(At(2026, 3, 18, 3, Gmt, 59, 59));
        // Received Fri 16 Oct 10:00 EDT: 60 days → Tue 15 Dec 23:59:59 EST = 04:59:59 UTC on 16 Dec.
        rules.DueAt(At(2026, 10, 16, 10, Edt), SlaSpan.CalendarDays(60)).ShouldBe(At(2026, 12, 16, 4, Gmt, 59, 59));
    }
}
