namespace ComplaintDesk.Reporting;

public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>IANA zone whose calendar days the report periods, trend points and months are counted in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
