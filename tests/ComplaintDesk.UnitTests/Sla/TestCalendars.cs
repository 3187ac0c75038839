using ComplaintDesk.Sla;

namespace ComplaintDesk.UnitTests.Sla;

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

    /// <summary>The Chinese profile over the mainland calendar, with no local policies.</summary>
    public static SlaRules ChinaRules(params SlaPolicy[] policies) =>
        new(RegulatoryProfile.Find(RegulatoryProfile.China)!, China, policies);

    public static SlaRules Rules(string profileCode, WorkingCalendar calendar, params SlaPolicy[] policies) =>
        new(RegulatoryProfile.Find(profileCode)!, calendar, policies);

    public static DateTimeOffset Beijing(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(8));
}
