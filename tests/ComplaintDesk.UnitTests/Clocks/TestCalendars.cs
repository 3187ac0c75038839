namespace ComplaintDesk.UnitTests.Clocks;

/// <summary>The calendars and rule sets the tests reason about, built from plain values.</summary>
internal static class TestCalendars
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly WorkingCalendar China = new(Shanghai, new TimeOnly(9, 0), new TimeOnly(17, 0), MondayToFriday,
        ChinaMainlandHolidays.Days);

    /// <summary>Working days 09:00–17:00 local, no holidays: the daylight-saving tests need nothing else.</summary>
    public static readonly WorkingCalendar England = new(London, new TimeOnly(9, 0), new TimeOnly(17, 0), MondayToFriday, []);

    public static readonly WorkingCalendar UnitedStates = new(NewYork, new TimeOnly(9, 0), new TimeOnly(17, 0), MondayToFriday, []);

    /// <summary>The Chinese profile over the mainland calendar, with no local policies.</summary>
    public static SlaRules ChinaRules(params SlaPolicy[] policies) =>
        new(RegulatoryProfile.Find(RegulatoryProfile.China)!, China, policies);

    public static SlaRules Rules(string profileCode, WorkingCalendar calendar, params SlaPolicy[] policies) =>
        new(RegulatoryProfile.Find(profileCode)!, calendar, policies);

    /// <summary>A policy with a stored id, as the rules see it after loading; the id is the database's to give.</summary>
    public static SlaPolicy Policy(long id, long? categoryId, ComplaintDesk.Complaints.Priority? priority, SlaSpan acknowledgement,
        SlaSpan firstContact, SlaSpan resolution)
    {
        var policy = new SlaPolicy($"policy {id}", categoryId, priority, acknowledgement, firstContact, resolution, DateTimeOffset.UnixEpoch);
        typeof(SlaPolicy).GetProperty(nameof(SlaPolicy.Id))!.SetValue(policy, id);
        return policy;
    }

    public static DateTimeOffset Beijing(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(8));

    /// <summary>The end of a calendar day in Beijing: where calendar-day deadlines fall.</summary>
    public static DateTimeOffset BeijingEndOfDay(int y, int m, int d) => new(y, m, d, 23, 59, 59, TimeSpan.FromHours(8));
}
