using ComplaintDesk.Complaints.Views;
using Npgsql;

namespace ComplaintDesk.Reports;

/// <summary>
/// The complaints behind one figure, newest first, keyset-paged on (received_at desc, id desc) so a deep page costs
/// as little as the first. Uses the figure's own predicate: the list is exactly what the figure counted.
/// </summary>
public sealed class ReportDrillDown(ComplaintDbContext db, BankClock bank)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    private const string Columns = """
        SELECT c.id, c.number, c.status, c.channel, c.received_at, cat.code, cat.name, cat.name_en, c.department_id,
               c.assignee_name, c.assignee_staff_number, c.response_due_at, c.closure_closed_at, c.survey_rating
        """;

    /// <summary>
    /// A page of the list with the list's length (the figure's count), read side by side on their own connections.
    /// One scope for both, so "now" (overdue, at risk) is the same instant in the page and in its total.
    /// </summary>
    public async Task<ReportRowsPage> PageAsync(ReportFilter filter, string key, string? cursor, int pageSize, CancellationToken ct)
    {
        var scope = Scope(filter);
        var figure = Parse(key, scope);
        var page = ListAsync(scope, figure, cursor, pageSize, ct);
        var total = CountAsync(scope, figure, ct);
        await Task.WhenAll(page, total);
        return new ReportRowsPage(page.Result.Items, page.Result.NextCursor, total.Result);
    }

    private async Task<Page<ReportRow>> ListAsync(ReportScope scope, Figure figure, string? cursor, int pageSize, CancellationToken ct)
    {
        var after = "";
        var extra = new List<(string, object)>();
        if (cursor is not null)
        {
            if (!KeysetCursor.TryDecode(cursor, out var at, out var id))
                throw new RuleViolationException("cursor", "The cursor is not valid.");
            after = " AND (c.received_at, c.id) < (@cursorAt, @cursorId)";
            extra.AddRange([("cursorAt", at), ("cursorId", id)]);
        }
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var rows = await QueryAsync(scope, figure, after, "c.received_at DESC, c.id DESC", size + 1, ct, [.. extra]);
        var items = rows.Take(size).ToList();
        var next = rows.Count > size ? KeysetCursor.Encode(items[^1].ReceivedAt, items[^1].Id) : null;
        return new Page<ReportRow>(items, next);
    }

    /// <summary>How many complaints the list holds: the figure's count, as the dashboard showed it.</summary>
    private async Task<long> CountAsync(ReportScope scope, Figure figure, CancellationToken ct)
    {
        var sql = $"""
            SELECT count(*)
            {scope.From}
              AND ({figure.Predicate})
            """;
        return (await scope.QueryAsync(db, sql, r => r.GetInt64(0), ct, figure)).Single();
    }

    /// <summary>The whole list, for CSV.</summary>
    public Task<List<ReportRow>> AllAsync(ReportFilter filter, string key, CancellationToken ct)
    {
        var scope = Scope(filter);
        return QueryAsync(scope, Parse(key, scope), "", "c.received_at DESC, c.id DESC", null, ct);
    }

    internal Task<List<ReportRow>> TopAsync(ReportScope scope, string key, string orderBy, int n, CancellationToken ct) =>
        QueryAsync(scope, Parse(key, scope), "", orderBy, n, ct);

    private ReportScope Scope(ReportFilter filter) => new(filter, bank.Zone, bank.Now);

    private static Figure Parse(string key, ReportScope scope) =>
        FigureKeys.TryParse(key, scope.Zone, out var figure) ? figure
            : throw new RuleViolationException("figure", $"'{key}' is not a figure of the dashboard.");

    private Task<List<ReportRow>> QueryAsync(ReportScope scope, Figure figure, string after, string orderBy, int? limit,
        CancellationToken ct, params (string, object)[] extra)
    {
        // The page's ids first, from the reports' covering index alone (an index-only scan: no table page is read
        // for the complaints the predicate rejects), then the rows themselves for those ids only.
        var sql = $"""
            {Columns}
            FROM (SELECT c.id
                  {scope.From}
                    AND ({figure.Predicate}){after}
                  ORDER BY {orderBy}{(limit is null ? "" : $" LIMIT {limit}")}) page
            JOIN complaints c ON c.id = page.id
            JOIN categories cat ON cat.id = c.category_id
            ORDER BY {orderBy}
            """;
        return scope.QueryAsync(db, sql, Read, ct, figure, extra);
    }

    private static ReportRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Enum.Parse<ComplaintStatus>(r.GetString(2)), Enum.Parse<Channel>(r.GetString(3)),
        r.GetFieldValue<DateTimeOffset>(4), r.GetString(5), r.GetString(6), r.GetString(7),
        r.IsDBNull(8) ? null : r.GetInt64(8), r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : r.GetString(10),
        r.GetFieldValue<DateTimeOffset>(11), r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12),
        r.IsDBNull(13) ? null : r.GetInt32(13));
}
