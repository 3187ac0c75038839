using Npgsql;

namespace ComplaintDesk.Reports;

/// <summary>The management landing page's live figures.</summary>
public sealed record OverviewFigures(IReadOnlyDictionary<ComplaintStatus, int> OpenByStatus, int Overdue, int ReceivedSince);

public sealed class OverviewQueries(ComplaintDbContext db, TimeProvider clock)
{
    /// <param name="since">Start of the period for "received", e.g. Monday 00:00 in the bank's time zone.</param>
    public async Task<OverviewFigures> GetAsync(DateTimeOffset since, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        since = since.ToUniversalTime();
        var rows = await db.Database.SqlQueryRaw<Row>($"""
            SELECT c.status AS "Status", count(*) AS "Total",
                   count(*) FILTER (WHERE c.received_at >= @since) AS "ReceivedSince",
                   count(*) FILTER (WHERE {ComplaintRules.OverdueSql}) AS "Overdue"
            FROM complaints c
            WHERE {ComplaintRules.OpenSql} OR c.received_at >= @since
            GROUP BY c.status
            """, new NpgsqlParameter("since", since), new NpgsqlParameter("now", now)).ToListAsync(ct);
        var open = rows.Select(r => (Status: Enum.Parse<ComplaintStatus>(r.Status), r.Total))
            .Where(r => ComplaintRules.IsOpen(r.Status))
            .ToDictionary(r => r.Status, r => (int)r.Total);
        return new OverviewFigures(open, (int)rows.Sum(r => r.Overdue), (int)rows.Sum(r => r.ReceivedSince));
    }

    private sealed class Row
    {
        public string Status { get; init; } = "";
        public long Total { get; init; }
        public long ReceivedSince { get; init; }
        public long Overdue { get; init; }
    }
}
