using ComplaintDesk.Complaints;
using ComplaintDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Reporting;

/// <summary>The management landing page's live figures.</summary>
public sealed record OverviewFigures(IReadOnlyDictionary<ComplaintStatus, int> OpenByStatus, int Overdue, int ReceivedSince);

public sealed class OverviewQueries(ComplaintDbContext db, TimeProvider clock)
{
    /// <param name="since">Start of the period for "received", e.g. Monday 00:00 in the bank's time zone.</param>
    public async Task<OverviewFigures> GetAsync(DateTimeOffset since, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        since = since.ToUniversalTime();
        string closed = nameof(ComplaintStatus.Closed), withdrawn = nameof(ComplaintStatus.Withdrawn),
            answered = nameof(ComplaintStatus.AwaitingConfirmation);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT status AS "Status", count(*) AS "Total",
                   count(*) FILTER (WHERE received_at >= {since}) AS "ReceivedSince",
                   count(*) FILTER (WHERE status NOT IN ({closed}, {withdrawn}, {answered}) AND response_due_at < {now}) AS "Overdue"
            FROM complaints
            WHERE status NOT IN ({closed}, {withdrawn}) OR received_at >= {since}
            GROUP BY status
            """).ToListAsync(ct);
        var open = rows.Select(r => (Status: Enum.Parse<ComplaintStatus>(r.Status), r.Total))
            .Where(r => r.Status is not (ComplaintStatus.Closed or ComplaintStatus.Withdrawn))
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
