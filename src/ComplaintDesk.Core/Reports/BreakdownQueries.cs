using Npgsql;

namespace ComplaintDesk.Reports;

/// <summary>
/// Per-category, channel, handler, department and root-cause counts in one pass over the period (GROUPING SETS).
/// Unassigned complaints and decisions without a root cause form no row.
/// </summary>
internal sealed class BreakdownQueries(ComplaintDbContext db)
{
    private static readonly Dictionary<ReportDimension, string> Columns = new()
    {
        [ReportDimension.Category] = "c.category_id",
        [ReportDimension.Channel] = "c.channel",
        [ReportDimension.Handler] = "c.assignee_id",
        [ReportDimension.Department] = "c.department_id",
        [ReportDimension.RootCause] = "c.resolution_root_cause_head",
    };

    public async Task<Dictionary<ReportDimension, List<BreakdownRow>>> ByAsync(ReportScope scope, IReadOnlyList<ReportDimension> dimensions,
        CancellationToken ct)
    {
        var which = string.Join(" ", dimensions.Select((d, i) => $"WHEN GROUPING({Columns[d]}) = 0 THEN {i}"));
        var sql = $"""
            SELECT CASE {which} END,
                   coalesce({string.Join(", ", dimensions.Select(d => Columns[d] + "::text"))}),
                   count(*),
                   count(*) FILTER (WHERE {FigureSql.Open}),
                   count(*) FILTER (WHERE {FigureSql.IsClosed}),
                   count(*) FILTER (WHERE {FigureSql.Overdue}),
                   count(*) FILTER (WHERE {FigureSql.Surveyed}),
                   avg(c.survey_rating)::double precision
            {scope.From}
            GROUP BY GROUPING SETS ({string.Join(", ", dimensions.Select(d => $"({Columns[d]})"))})
            """;
        var rows = await scope.QueryAsync(db, sql, r => (Dimension: dimensions[r.GetInt32(0)], Value: r.IsDBNull(1) ? null : r.GetString(1),
            Counts: new[] { r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6) },
            Rating: r.IsDBNull(7) ? (double?)null : r.GetDouble(7)), ct);
        var labels = await LabelsAsync(rows.Where(r => r.Value is not null).Select(r => (r.Dimension, r.Value!)), ct);

        var result = dimensions.ToDictionary(d => d, _ => new List<BreakdownRow>());
        foreach (var row in rows.Where(r => r.Value is not null))
        {
            var (key, label, labelEn) = labels[(row.Dimension, row.Value!)];
            result[row.Dimension].Add(new BreakdownRow(key, label, labelEn, row.Counts[0], row.Counts[1], row.Counts[2], row.Counts[3],
                row.Counts[4], row.Rating));
        }
        foreach (var list in result.Values)
            list.Sort((a, b) => b.Received != a.Received ? b.Received.CompareTo(a.Received) : string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    /// <summary>Figure key and names of each grouped value: categories by code, handlers by name and staff number.</summary>
    private async Task<Dictionary<(ReportDimension, string), (string Key, string Label, string LabelEn)>> LabelsAsync(
        IEnumerable<(ReportDimension Dimension, string Value)> values, CancellationToken ct)
    {
        var list = values.ToList();
        var ids = (ReportDimension d) => list.Where(v => v.Dimension == d).Select(v => long.Parse(v.Value)).ToList();
        var categoryIds = ids(ReportDimension.Category);
        var categories = await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.Code, c.Name, c.NameEn), ct);
        var staffIds = ids(ReportDimension.Handler);
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => $"{s.DisplayName} ({s.StaffNumber})", ct);
        var departmentIds = ids(ReportDimension.Department);
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        return list.ToDictionary(v => (v.Dimension, v.Value), v => v.Dimension switch
        {
            ReportDimension.Category => categories[long.Parse(v.Value)] is var c ? ($"category:{c.Code}", c.Name, c.NameEn) : default,
            ReportDimension.Handler => ($"handler:{v.Value}", staff[long.Parse(v.Value)], staff[long.Parse(v.Value)]),
            ReportDimension.Department => ($"department:{v.Value}", departments[long.Parse(v.Value)], departments[long.Parse(v.Value)]),
            ReportDimension.Channel => ($"channel:{v.Value}", v.Value, v.Value),
            _ => ($"rootcause:{v.Value}", v.Value, v.Value),
        });
    }
}
