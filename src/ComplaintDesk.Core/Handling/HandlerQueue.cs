using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Views;
using Npgsql;

namespace ComplaintDesk.Handling;

public sealed record QueueFilter(
    ComplaintStatus? Status = null,
    long? CategoryId = null,
    Priority? Priority = null,
    string? Q = null,
    int Limit = QueueFilter.DefaultLimit,
    string? Cursor = null)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;
}

/// <summary>
/// A handler's own open complaints, nearest running deadline first. Pages with a cursor on (next_due_at, id),
/// so every page is one range scan of the (assignee_id, next_due_at, id) index however deep the queue is.
/// </summary>
public sealed class HandlerQueue(ComplaintDbContext db, ResponseDeadline deadline, SlaRulesProvider sla, TimeProvider clock)
{
    public async Task<Page<QueueItem>> ListAsync(long handlerId, QueueFilter f, CancellationToken ct)
    {
        var query = OpenFor(handlerId).Matching(f.Q);
        if (f.Status is { } status) query = query.Where(c => c.Status == status);
        if (f.CategoryId is { } category) query = query.Where(c => c.CategoryId == category);
        if (f.Priority is { } priority) query = query.Where(c => c.Priority == priority);
        if (f.Cursor is not null)
        {
            if (!TryDecodeCursor(f.Cursor, out var dueAt, out var id))
                throw new RuleViolationException("cursor", "The cursor is not valid.");
            query = query.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.NextDueAt, c.Id), ValueTuple.Create(dueAt, id)));
        }

        var limit = Math.Clamp(f.Limit, 1, QueueFilter.MaxLimit);
        var rows = await query
            .OrderBy(c => c.NextDueAt).ThenBy(c => c.Id)
            .Take(limit + 1)
            .Select(c => new { c.Id, c.Number, c.Status, c.Customer.Name, c.CategoryId, c.Priority, c.ReceivedAt, c.ResponseDueAt, c.NextDueAt, c.PausedSince })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var rules = await sla.GetAsync(db, ct);
        var items = rows.Take(limit)
            .Select(r => new QueueItem(r.Id, r.Number, r.Status, r.Name, r.CategoryId, r.Priority, r.ReceivedAt, r.ResponseDueAt,
                r.NextDueAt, r.PausedSince is not null, (long)rules.Remaining(now, r.NextDueAt, SlaUnit.BusinessHours).TotalSeconds,
                deadline.StateOf(r.Status, r.ResponseDueAt, r.PausedSince, now) ?? DeadlineState.OnTrack))
            .ToList();
        var next = rows.Count > limit ? EncodeCursor(items[^1].NextDueAt, items[^1].Id) : null;
        return new Page<QueueItem>(items, next);
    }

    public async Task<QueueCounts> CountAsync(long handlerId, CancellationToken ct)
    {
        var now = Clock.Normalize(clock.GetUtcNow());
        var row = await db.Database.SqlQueryRaw<CountsRow>($"""
            SELECT count(*)::int AS "Open", (count(*) FILTER (WHERE {ComplaintRules.OverdueSql}))::int AS "Overdue",
                   (count(*) FILTER (WHERE {ComplaintRules.DueSoonSql}))::int AS "DueSoon"
            FROM complaints c WHERE c.assignee_id = @handler AND {ComplaintRules.OpenSql}
            """, new NpgsqlParameter("handler", handlerId), new NpgsqlParameter("now", now),
            new NpgsqlParameter("soon", now + deadline.DueSoonWindow)).SingleAsync(ct);
        var counts = new QueueCounts(row.Open, row.Overdue, row.DueSoon);
        if (counts.Open == 0) return counts;
        var broken = await OpenFor(handlerId).CountAsync(c => c.Steps.Any(p => p.BrokenAt != null
            && !c.Steps.Any(x => x.Kind == HandlingStepKind.CustomerContact && x.RecordedAt > p.BrokenAt)), ct);
        return counts with { BrokenCallbacks = broken };
    }

    public static string EncodeCursor(DateTimeOffset dueAt, long id) => KeysetCursor.Encode(dueAt, id);

    public static bool TryDecodeCursor(string cursor, out DateTimeOffset dueAt, out long id) =>
        KeysetCursor.TryDecode(cursor, out dueAt, out id);

    private IQueryable<Complaint> OpenFor(long handlerId) =>
        db.Complaints.AsNoTracking().Where(ComplaintRules.Open).Where(c => c.AssigneeId == handlerId);

    private sealed class CountsRow
    {
        public int Open { get; init; }
        public int Overdue { get; init; }
        public int DueSoon { get; init; }
    }
}
