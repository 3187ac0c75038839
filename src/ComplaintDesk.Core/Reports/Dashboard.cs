namespace ComplaintDesk.Reports;

/// <summary>
/// Every figure of the dashboard for one filter. <see cref="Counts"/> is keyed by figure key (see <see cref="FigureKeys"/>);
/// each count is the length of the drill-down list of the same key.
/// </summary>
public sealed record Dashboard(
    ReportFilter Filter,
    DateTimeOffset AsOf,
    IReadOnlyDictionary<string, long> Counts,
    ReportDurations Durations,
    double? AverageRating,
    decimal RedressPaid,
    IReadOnlyList<TrendPoint> Trend,
    ReportTables Tables,
    IReadOnlyList<ReportRow> Overdue,
    IReadOnlyList<ReportRow> AtRisk)
{
    public long Count(string key) => Counts.GetValueOrDefault(key);

    /// <summary>Share of the deadlines decided either way that were met; null when none was decided yet.</summary>
    public double? SlaCompliance(string slug) => ReportMath.Rate(Count($"sla:{slug}:met"), Count($"sla:{slug}:met") + Count($"sla:{slug}:missed"));

    /// <summary>Compliance per target slug (ack, contact, resolution), for API clients.</summary>
    public IReadOnlyDictionary<string, double?> SlaRates => FigureKeys.SlaTargets.Keys.ToDictionary(slug => slug, SlaCompliance);

    public double? UpheldRate => ReportMath.Rate(Count("upheld"), Count("decided"));

    public double? AppealRate => ReportMath.Rate(Count("appealed"), Count("decided"));
}

/// <summary>Median and 90th percentile, in hours of wall time from receipt.</summary>
public sealed record ReportDurations(double? FirstContactMedian, double? FirstContactP90, double? DecisionMedian, double? DecisionP90);

/// <summary>Complaints received on one day or in one week (<see cref="Start"/> is its first day).</summary>
public sealed record TrendPoint(DateOnly Start, string Key, long Received);

/// <summary>The per-dimension tables; each row's key drills down, and key + ":open" etc. to its measures.</summary>
public sealed record ReportTables(
    IReadOnlyList<BreakdownRow> Categories,
    IReadOnlyList<BreakdownRow> Channels,
    IReadOnlyList<BreakdownRow> RootCauses,
    IReadOnlyList<BreakdownRow> Handlers,
    IReadOnlyList<BreakdownRow> Departments);

public sealed record BreakdownRow(
    string Key,
    string Label,
    string LabelEn,
    long Received,
    long Open,
    long Closed,
    long Overdue,
    long Surveyed,
    double? AverageRating);
