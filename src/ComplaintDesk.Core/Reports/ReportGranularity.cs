namespace ComplaintDesk.Reports;

/// <summary>The width of one point of the dashboard's trend: a calendar day or an ISO week (Monday first).</summary>
public enum ReportGranularity
{
    Day,
    Week,
}
