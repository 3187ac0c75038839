namespace ComplaintDesk.Reports;

/// <summary>What a breakdown table groups by; the name is the figure key's prefix and the tables API's path segment.</summary>
public enum ReportDimension
{
    Category,
    Channel,
    Handler,
    Department,
    RootCause,
}
