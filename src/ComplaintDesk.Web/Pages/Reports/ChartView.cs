using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>What the _BarChart partial draws: the geometry, where each bar links to, and the chart's accessible name.</summary>
public sealed record ChartView(BarChart Chart, Func<string, string> Link, bool Horizontal, string Title);
