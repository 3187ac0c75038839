using Npgsql;

namespace ComplaintDesk.Reports;

/// <summary>The monthly management report: the dashboard for a month and the one before, compared; commentary saved per section.</summary>
public sealed class MonthlyReports(ComplaintDbContext db, DashboardQueries dashboards, TimeProvider clock)
{
    public const int MoversPerList = 5;

    /// <summary>The sections a manager comments on, in the report's order.</summary>
    public static readonly IReadOnlyList<string> Sections = ["summary", "volumes", "timeliness", "outcomes", "satisfaction", "movers"];

    public async Task<MonthlyReport> GetAsync(DateOnly month, CancellationToken ct)
    {
        month = new DateOnly(month.Year, month.Month, 1);
        var previous = month.AddMonths(-1);
        var now = await dashboards.GetAsync(new ReportFilter(month, month.AddMonths(1).AddDays(-1)), ct);
        var before = await dashboards.GetAsync(new ReportFilter(previous, month.AddDays(-1)), ct);
        var stored = await db.MonthlyReportComments.AsNoTracking().Where(c => c.Month == month).ToDictionaryAsync(c => c.Section, ct);
        var comments = Sections.Select(s => stored.TryGetValue(s, out var c)
            ? new MonthlyComment(s, c.Text, c.UpdatedBy, c.UpdatedAt, c.Version)
            : new MonthlyComment(s, "", null, null, 0)).ToList();
        return new MonthlyReport(month, previous, Compare(now, before), Movers(now.Tables, before.Tables), comments, now, before);
    }

    /// <param name="expectedVersion">From If-Match; null overwrites whatever is there.</param>
    public async Task<MonthlyComment> SaveCommentAsync(DateOnly month, string section, string text, int? expectedVersion, Actor by,
        CancellationToken ct)
    {
        if (!Sections.Contains(section)) throw new NotFoundException("Report section", section);
        month = new DateOnly(month.Year, month.Month, 1);
        var comment = await db.MonthlyReportComments.FirstOrDefaultAsync(c => c.Month == month && c.Section == section, ct);
        if (comment is null)
        {
            comment = new MonthlyReportComment(month, section);
            db.MonthlyReportComments.Add(comment);
        }
        if (expectedVersion is { } expected && expected != comment.Version)
            throw Conflict(comment);
        comment.Write(text, by, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException
            || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone saved the same section between our read and our write.
            db.ChangeTracker.Clear();
            var current = await db.MonthlyReportComments.AsNoTracking().FirstAsync(c => c.Month == month && c.Section == section, ct);
            throw Conflict(current);
        }
        return View(comment);
    }

    private static ConcurrencyConflictException Conflict(MonthlyReportComment current) =>
        new("Someone else changed this commentary after you opened it; the current text is returned.", View(current));

    private static MonthlyComment View(MonthlyReportComment c) =>
        new(c.Section, c.Text, c.Version == 0 ? null : c.UpdatedBy, c.Version == 0 ? null : c.UpdatedAt, c.Version);

    private static List<MonthlyFigure> Compare(Dashboard now, Dashboard before)
    {
        var figures = new List<MonthlyFigure>();
        void Count(string section, string key) => figures.Add(Compared(section, key, key, now.Count(key), before.Count(key), false));
        void Rate(string section, string name, Func<Dashboard, double?> rate) =>
            figures.Add(Compared(section, name, null, rate(now), rate(before), true));
        foreach (var key in new[] { "received", "closed", "withdrawn", "open", "overdue" }) Count("volumes", key);
        foreach (var slug in FigureKeys.SlaTargets.Keys) Rate("timeliness", $"sla:{slug}", d => d.SlaCompliance(slug));
        figures.Add(Compared("timeliness", "firstcontact:median", null, now.Durations.FirstContactMedian, before.Durations.FirstContactMedian, false));
        figures.Add(Compared("timeliness", "decision:median", null, now.Durations.DecisionMedian, before.Durations.DecisionMedian, false));
        foreach (var key in new[] { "decided", "upheld", "redress", "appealed" }) Count("outcomes", key);
        Rate("outcomes", "upheld:rate", d => d.UpheldRate);
        Rate("outcomes", "appealed:rate", d => d.AppealRate);
        Count("satisfaction", "surveyed");
        figures.Add(Compared("satisfaction", "satisfaction:average", null, now.AverageRating, before.AverageRating, false));
        return figures;
    }

    private static MonthlyFigure Compared(string section, string name, string? key, double? now, double? before, bool isRate) =>
        new(section, name, key, now, before, now - before,
            isRate || now is null || before is null ? null : ReportMath.Change(now.Value, before.Value), isRate);

    /// <summary>The largest absolute changes first, then the largest relative ones not already listed.</summary>
    private static List<Mover> Movers(ReportTables now, ReportTables before)
    {
        var all = new[] { ("category", now.Categories, before.Categories), ("department", now.Departments, before.Departments),
            ("channel", now.Channels, before.Channels) }
            .SelectMany(t => Join(t.Item1, t.Item2, t.Item3)).Where(m => m.Delta != 0).ToList();
        var absolute = all.OrderByDescending(m => Math.Abs(m.Delta)).ThenBy(m => m.Key, StringComparer.Ordinal).Take(MoversPerList).ToList();
        var relative = all.Where(m => m.Change is not null && !absolute.Contains(m))
            .OrderByDescending(m => Math.Abs(m.Change!.Value)).ThenBy(m => m.Key, StringComparer.Ordinal).Take(MoversPerList)
            .Select(m => m with { By = MoverBasis.Share });
        return [.. absolute, .. relative];
    }

    private static IEnumerable<Mover> Join(string dimension, IReadOnlyList<BreakdownRow> now, IReadOnlyList<BreakdownRow> before)
    {
        var earlier = before.ToDictionary(r => r.Key);
        var later = now.ToDictionary(r => r.Key);
        foreach (var key in later.Keys.Union(earlier.Keys))
        {
            var row = later.GetValueOrDefault(key) ?? earlier[key];
            long n = later.GetValueOrDefault(key)?.Received ?? 0, b = earlier.GetValueOrDefault(key)?.Received ?? 0;
            yield return new Mover(dimension, key, row.Label, row.LabelEn, n, b, n - b, ReportMath.Change(n, b));
        }
    }
}
