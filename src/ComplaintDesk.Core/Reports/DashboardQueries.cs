namespace ComplaintDesk.Reports;

/// <summary>
/// The dashboard in a handful of set-based queries over the period's complaints: one row of FILTER aggregates, one of
/// percentiles, the trend, the breakdowns (one GROUPING SETS pass) and the two top-N lists.
/// </summary>
public sealed class DashboardQueries(ComplaintDbContext db, ReportDrillDown drillDown, BankClock bank)
{
    public const int TopN = 10;

    internal static readonly ReportDimension[] AllDimensions = Enum.GetValues<ReportDimension>();

    public async Task<Dashboard> GetAsync(ReportFilter filter, CancellationToken ct)
    {
        var scope = new ReportScope(filter, bank.Zone, bank.Now);
        // Six independent reads of the same period, each on a pooled connection of its own: the dashboard takes about
        // as long as its slowest statement instead of the sum of all six (docs/performance.md).
        var counts = CountsAsync(scope, ct);
        var durations = DurationsAsync(scope, ct);
        var trend = TrendAsync(scope, ct);
        var breakdown = new BreakdownQueries(db).ByAsync(scope, AllDimensions, ct);
        var overdue = drillDown.TopAsync(scope, "overdue", "c.response_due_at, c.id", TopN, ct);
        var atRisk = drillDown.TopAsync(scope, "atrisk", "c.next_due_at, c.id", TopN, ct);
        await Task.WhenAll(counts, durations, trend, breakdown, overdue, atRisk);
        var (figures, rating, redress) = counts.Result;
        return new Dashboard(filter, scope.Now, figures, durations.Result, rating, redress, trend.Result, Tables(breakdown.Result),
            overdue.Result, atRisk.Result);
    }

    /// <summary>One breakdown table for the tables API and its CSV.</summary>
    public async Task<IReadOnlyList<BreakdownRow>> TableAsync(ReportFilter filter, ReportDimension dimension, CancellationToken ct)
    {
        var scope = new ReportScope(filter, bank.Zone, bank.Now);
        return (await new BreakdownQueries(db).ByAsync(scope, [dimension], ct))[dimension];
    }

    internal static ReportTables Tables(Dictionary<ReportDimension, List<BreakdownRow>> rows) => new(
        rows[ReportDimension.Category], rows[ReportDimension.Channel], rows[ReportDimension.RootCause].Take(TopN).ToList(),
        rows[ReportDimension.Handler], rows[ReportDimension.Department]);

    private async Task<(Dictionary<string, long>, double?, decimal)> CountsAsync(ReportScope scope, CancellationToken ct)
    {
        var figures = FigureKeys.Summary().ToList();
        var sql = $"""
            SELECT {string.Join(",\n       ", figures.Select(f => $"count(*) FILTER (WHERE {f.Predicate})"))},
                   avg(c.survey_rating)::double precision,
                   coalesce(sum(c.resolution_redress_amount) FILTER (WHERE {FigureSql.Redress}), 0)
            {scope.From}
            """;
        var n = figures.Count;
        return (await scope.QueryAsync(db, sql, r => (
            figures.Select((f, i) => (f.Key, Value: r.GetInt64(i))).ToDictionary(x => x.Key, x => x.Value),
            r.IsDBNull(n) ? (double?)null : r.GetDouble(n),
            r.GetDecimal(n + 1)), ct)).Single();
    }

    /// <summary>Median and 90th percentile of the hours to first contact and to the decision, in one sort per measure.</summary>
    private async Task<ReportDurations> DurationsAsync(ReportScope scope, CancellationToken ct)
    {
        var sql = $"""
            SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {FigureSql.HoursToFirstContact}) FILTER (WHERE {FigureSql.FirstContactMade}),
                   percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {FigureSql.HoursToDecision}) FILTER (WHERE {FigureSql.DecisionGiven})
            {scope.From}
            """;
        return (await scope.QueryAsync(db, sql, r =>
        {
            double?[] At(int i) => r.IsDBNull(i) ? [null, null] : [.. r.GetFieldValue<double[]>(i).Select(v => (double?)v)];
            var (contact, decision) = (At(0), At(1));
            return new ReportDurations(contact[0], contact[1], decision[0], decision[1]);
        }, ct)).Single();
    }

    /// <summary>Received per local day or ISO week, with the empty ones, from the first day of the period.</summary>
    private async Task<IReadOnlyList<TrendPoint>> TrendAsync(ReportScope scope, CancellationToken ct)
    {
        var week = scope.Filter.Granularity == ReportGranularity.Week;
        var sql = $"""
            SELECT date_trunc('{(week ? "week" : "day")}', c.received_at AT TIME ZONE @tz)::date, count(*)
            {scope.From}
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
