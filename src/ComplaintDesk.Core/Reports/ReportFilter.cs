namespace ComplaintDesk.Reports;

/// <summary>
/// Which complaints a report looks at: those received from the start of <see cref="From"/> to the end of
/// <see cref="To"/> (calendar days in the bank's time zone), optionally of one department and one channel.
/// </summary>
public sealed record ReportFilter(
    DateOnly From,
    DateOnly To,
    long? DepartmentId = null,
    Channel? Channel = null,
    ReportGranularity Granularity = ReportGranularity.Day)
{
    /// <summary>Three years and a leap day: the longest period a report covers in one request.</summary>
    public const int MaxDays = 3 * 365 + 1;

    /// <summary>
    /// The days a report may name, as for quarters (2000Q1 to 2999Q4): far enough from DateOnly's limits that a day's
    /// start in any zone, the day after and the month after all exist.
    /// </summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);
    public static readonly DateOnly LatestDay = new(2999, 12, 31);

    public static bool IsReportable(DateOnly day) => day >= EarliestDay && day <= LatestDay;

    /// <summary>Start of <see cref="From"/> and start of the day after <see cref="To"/>, as instants.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Instants(TimeZoneInfo zone) =>
        (StartOf(From, zone), StartOf(To.AddDays(1), zone));

    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => BankClock.StartOf(day, zone);
}
