using ComplaintDesk.Data;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Reporting;

/// <summary>
/// The dashboard in a handful of set-based queries over the period's complaints: one row of FILTER aggregates and
/// percentiles, the trend, the breakdowns (one GROUPING SETS pass) and the two top-N lists.
/// </summary>
public sealed class DashboardQueries(ComplaintDbContext db, ReportDrillDown drillDown, IOptions<ReportingOptions> options, TimeProvider clock)
{
    public const int TopN = 10;

    internal static readonly ReportDimension[] AllDimensions = Enum.GetValues<ReportDimension>();

    public async Task<Dashboard> GetAsync(ReportFilter filter, CancellationToken ct)
    {
        var scope = new ReportScope(filter, options.Value.Zone, clock.GetUtcNow());
        var (counts, durations, rating, redress) = await SummaryAsync(scope, ct);
        var trend = await TrendAsync(scope, ct);
        var tables = Tables(await new BreakdownQueries(db).ByAsync(scope, AllDimensions, ct));
        var overdue = await drillDown.TopAsync(scope, "overdue", "c.response_due_at, c.id", TopN, ct);
        var atRisk = await drillDown.TopAsync(scope, "atrisk", "c.next_due_at, c.id", TopN, ct);
        return new Dashboard(filter, scope.Now, counts, durations, rating, redress, trend, tables, overdue, atRisk);
    }

    /// <summary>One breakdown table for the tables API and its CSV.</summary>
    public async Task<IReadOnlyList<BreakdownRow>> TableAsync(ReportFilter filter, ReportDimension dimension, CancellationToken ct)
    {
        var scope = new ReportScope(filter, options.Value.Zone, clock.GetUtcNow());
        return (await new BreakdownQueries(db).ByAsync(scope, [dimension], ct))[dimension];
    }

    internal static ReportTables Tables(Dictionary<ReportDimension, List<BreakdownRow>> rows) => new(
        rows[ReportDimension.Category], rows[ReportDimension.Channel], rows[ReportDimension.RootCause].Take(TopN).ToList(),
        rows[ReportDimension.Handler], rows[ReportDimension.Department]);

    private async Task<(Dictionary<string, long>, ReportDurations, double?, decimal)> SummaryAsync(ReportScope scope, CancellationToken ct)
    {
        var figures = FigureKeys.Summary().ToList();
        var sql = $"""
            SELECT {string.Join(",\n       ", figures.Select(f => $"count(*) FILTER (WHERE {f.Predicate})"))},
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY {FigureSql.HoursToFirstContact}) FILTER (WHERE {FigureSql.FirstContactMade}),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY {FigureSql.HoursToFirstContact}) FILTER (WHERE {FigureSql.FirstContactMade}),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY {FigureSql.HoursToDecision}) FILTER (WHERE {FigureSql.DecisionGiven}),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY {FigureSql.HoursToDecision}) FILTER (WHERE {FigureSql.DecisionGiven}),
                   avg(s.rating)::double precision,
                   coalesce(sum(c.resolution_redress_amount) FILTER (WHERE {FigureSql.Redress}), 0)
            {scope.From}
            """;
        var n = figures.Count;
        var row = (await scope.QueryAsync(db, sql, r =>
        {
            var counts = figures.Select((f, i) => (f.Key, Value: r.GetInt64(i))).ToDictionary(x => x.Key, x => x.Value);
            double? At(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            return (counts, new ReportDurations(At(n), At(n + 1), At(n + 2), At(n + 3)), At(n + 4), r.GetDecimal(n + 5));
        }, ct)).Single();
        return row;
    }

    /// <summary>Received per local day or ISO week, with the empty ones, from the first day of the period.</summary>
    private async Task<IReadOnlyList<TrendPoint>> TrendAsync(ReportScope scope, CancellationToken ct)
    {
        var week = scope.Filter.Granularity == ReportGranularity.Week;
        var sql = $"""
            SELECT date_trunc('{(week ? "week" : "day")}', c.received_at AT TIME ZONE @tz)::date, count(*)
            {scope.ComplaintsOnly}
            GROUP BY 1
            """;
        var counts = (await scope.QueryAsync(db, sql, r => (Day: r.GetFieldValue<DateOnly>(0), Count: r.GetInt64(1)), ct))
            .ToDictionary(x => x.Day, x => x.Count);
        var points = new List<TrendPoint>();
        var first = week ? ReportCalendar.MondayOf(scope.Filter.From) : scope.Filter.From;
        for (var day = first; day <= scope.Filter.To; day = day.AddDays(week ? 7 : 1))
            points.Add(new TrendPoint(day, week ? FigureKeys.Week(day) : FigureKeys.Day(day), counts.GetValueOrDefault(day)));
        return points;
    }
}
