namespace ComplaintDesk.Sla;

/// <summary>
/// Public holidays and make-up working days (调休) of the Chinese mainland as announced by the State Council General
/// Office for 2025 and 2026. Shipped as the seed of the editable "CN" calendar.
/// </summary>
public static class ChinaMainlandHolidays
{
    public static IReadOnlyList<CalendarDay> Days { get; } =
    [
        .. Holidays(2025, 1, 1, 1, "元旦"),
        .. Holidays(2025, 1, 28, 8, "春节"), Work(2025, 1, 26, "春节调休"), Work(2025, 2, 8, "春节调休"),
        .. Holidays(2025, 4, 4, 3, "清明节"),
        .. Holidays(2025, 5, 1, 5, "劳动节"), Work(2025, 4, 27, "劳动节调休"),
        .. Holidays(2025, 5, 31, 3, "端午节"),
        .. Holidays(2025, 10, 1, 8, "国庆节、中秋节"), Work(2025, 9, 28, "国庆节调休"), Work(2025, 10, 11, "国庆节调休"),

        .. Holidays(2026, 1, 1, 3, "元旦"), Work(2026, 1, 4, "元旦调休"),
        .. Holidays(2026, 2, 15, 9, "春节"), Work(2026, 2, 14, "春节调休"), Work(2026, 2, 28, "春节调休"),
        .. Holidays(2026, 4, 4, 3, "清明节"),
        .. Holidays(2026, 5, 1, 5, "劳动节"), Work(2026, 5, 9, "劳动节调休"),
        .. Holidays(2026, 6, 19, 3, "端午节"),
        .. Holidays(2026, 9, 25, 3, "中秋节"),
        .. Holidays(2026, 10, 1, 7, "国庆节"), Work(2026, 9, 20, "国庆节调休"), Work(2026, 10, 10, "国庆节调休"),
    ];

    private static IEnumerable<CalendarDay> Holidays(int year, int month, int day, int count, string name) =>
        Enumerable.Range(0, count).Select(i => new CalendarDay(new DateOnly(year, month, day).AddDays(i), DayKind.Holiday, name));

    private static CalendarDay Work(int year, int month, int day, string name) =>
        new(new DateOnly(year, month, day), DayKind.WorkingDay, name);
}
