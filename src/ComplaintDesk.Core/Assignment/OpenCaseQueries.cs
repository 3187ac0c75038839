using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Assignment;

/// <summary>
/// The supervisors' lists of open complaints, oldest first (the longest wait at the top), paged by a keyset cursor
/// on (received at, id). Overdue and due-soon use the same clock and window as <see cref="TeamLoadQueries"/>.
/// </summary>
public sealed class OpenCaseQueries(ComplaintDbContext db, TimeProvider clock, ResponseDeadline deadline)
{
    public async Task<Page<OpenCaseRow>> ListAsync(OpenCaseFilter f, CancellationToken ct)
    {
        var query = db.Complaints.AsNoTracking().Where(ComplaintRules.Open);
        if (f.AwaitingTriage)
            query = query.Where(c => c.Status == ComplaintStatus.Registered || c.Status == ComplaintStatus.Reopened
                || db.Categories.Any(k => k.Id == c.CategoryId && k.Code == Category.UnclassifiedCode));
        if (f.HandlerId is { } handler) query = query.Where(c => c.AssigneeId == handler);
        if (f.DepartmentId is { } department) query = query.Where(c => c.DepartmentId == department);
        if (f.UnownedOnly) query = query.Where(c => c.AssigneeId == null);
        if (f.Due is { } due)
        {
            var now = clock.GetUtcNow();
            query = query.Where(due == DueState.Overdue ? ComplaintRules.Overdue(now) : ComplaintRules.DueSoon(now, now + deadline.DueSoonWindow));
        }
        if (f.Cursor is not null)
        {
            var (at, id) = DecodeCursor(f.Cursor);
            query = query.Where(c => c.ReceivedAt > at || (c.ReceivedAt == at && c.Id > id));
        }

        var limit = Math.Clamp(f.Limit, 1, OpenCaseFilter.MaxLimit);
        var rows = await query
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Take(limit + 1)
            .Select(c => new OpenCaseRow(c.Id, c.Number, c.Status, c.Version, c.Customer.Name, c.Channel, c.CategoryId, c.Priority,
                c.ReceivedAt, c.ResponseDueAt, c.PausedSince, c.DepartmentId, c.AssigneeName, c.AssigneeStaffNumber))
            .ToListAsync(ct);
        var next = rows.Count > limit ? EncodeCursor(rows[limit - 1]) : null;
        return new Page<OpenCaseRow>(rows.Take(limit).ToList(), next);
    }

    public static bool TryDecodeCursor(string cursor, out (DateTimeOffset At, long Id) position)
    {
        var ok = KeysetCursor.TryDecode(cursor, out var at, out var id);
        position = ok ? (at, id) : default;
        return ok;
    }

    private static string EncodeCursor(OpenCaseRow last) => KeysetCursor.Encode(last.ReceivedAt, last.Id);

    private static (DateTimeOffset, long) DecodeCursor(string cursor) =>
        TryDecodeCursor(cursor, out var p) ? p : throw new RuleViolationException("cursor", "The cursor is not valid.");
}
