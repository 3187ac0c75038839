namespace ComplaintDesk.Reports;

internal static class ReportCalendar
{
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
