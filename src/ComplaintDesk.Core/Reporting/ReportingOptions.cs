namespace ComplaintDesk.Reporting;

public sealed class ReportingOptions
{
    /// <summary>
    /// IANA zone whose calendar days the report periods, trend points and months are counted in; the host sets it
    /// from the bank's one zone setting (Organization:TimeZone).
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
