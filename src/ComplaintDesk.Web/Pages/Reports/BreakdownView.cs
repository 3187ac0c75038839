using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>A breakdown table on the dashboard: its rows, where figures link to, and its CSV download (none for root causes).</summary>
public sealed record BreakdownView(string Id, IReadOnlyList<BreakdownRow> Rows, Func<string, string> Link, string? CsvLink);
