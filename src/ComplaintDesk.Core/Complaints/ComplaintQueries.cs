using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Timeline;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Complaints;

public sealed record ComplaintFilter(
    ComplaintStatus? Status = null,
    long? CategoryId = null,
    Channel? Channel = null,
    long? AssigneeId = null,
    long? DepartmentId = null,
    string? Q = null,
    int Limit = ComplaintFilter.DefaultLimit,
    string? Cursor = null)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;
}

/// <summary>Reads for both front ends. Lists page by id descending (newest first) with a keyset cursor.</summary>
public sealed class ComplaintQueries(ComplaintDbContext db, Clocks.SlaRulesProvider sla, TimeProvider clock)
{
    public static Task<Complaint?> LoadFullAsync(IQueryable<Complaint> complaints, long id, CancellationToken ct) =>
        complaints.ForChange()
            .Include(c => c.Steps)
            .Include(c => c.Appeals)
            .FirstOrDefaultAsync(c => c.Id == id, ct);

    public static bool MustMaskPersonalData(Actor viewer) =>
        !(viewer.IsInRole(Roles.Counter) || viewer.IsInRole(Roles.Handler) || viewer.IsInRole(Roles.Supervisor));

    public async Task<ComplaintView> GetAsync(long id, Actor viewer, CancellationToken ct) =>
        await ViewAsync(await LoadAsync(id, ct), viewer, ct);

    /// <summary>The whole aggregate, read only: for a page that shows it and asks it what the viewer may do.</summary>
    public async Task<Complaint> LoadAsync(long id, CancellationToken ct) =>
        await LoadFullAsync(db.Complaints.AsNoTracking(), id, ct) ?? throw new NotFoundException("Complaint", id);

    public async Task<ComplaintView> ViewAsync(Complaint complaint, Actor viewer, CancellationToken ct) =>
        ComplaintView.From(complaint, MustMaskPersonalData(viewer), await sla.GetAsync(db, ct), clock.GetUtcNow());

    public async Task<ComplaintView> GetByNumberAsync(string number, Actor viewer, CancellationToken ct)
    {
        var id = await db.Complaints.Where(c => c.Number == number).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Complaint", number);
        return await GetAsync(id, viewer, ct);
    }

    /// <param name="maskPersonalData">Masks long runs of digits in the entries' text (phone, ID and card numbers quoted in
    /// notes); the hashes stay those of the stored entries, which are verified before masking.</param>
    public async Task<TimelineView> GetTimelineAsync(long id, CancellationToken ct, bool maskPersonalData = false)
    {
        var head = await db.Complaints.Where(c => c.Id == id).Select(c => new { c.Number, c.TimelineLength, c.TimelineHead })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Complaint", id);
        var number = head.Number;
        var events = await db.TimelineEvents.AsNoTracking().Where(e => e.ComplaintId == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var broken = TimelineVerifier.FirstBrokenEntry(events, head.TimelineLength, head.TimelineHead);
        var entries = events.Select(e => new TimelineEntryView(e.Sequence, e.Type, e.OccurredAt, e.ActorName, e.ActorStaffNumber,
            e.FromStatus, e.ToStatus, Details(e, maskPersonalData), e.CustomerVisible, e.Hash)).ToList();
        return new TimelineView(id, number, broken is null, broken, entries);
    }

    /// <summary>
    /// Unmasked, the stored text as it is. Masked, the entry's record with its free text masked (ids, amounts, dates and
    /// staff are not personal data), limited to the fields the stored entry has: one written before a field existed keeps
    /// lacking it.
    /// </summary>
    internal static JsonElement Details(TimelineEvent e, bool mask)
    {
        var stored = JsonDocument.Parse(e.Details).RootElement.Clone();
        if (!mask) return stored;
        var masked = e.ReadDetails() is { } details ? TimelineDetailsJson.ToNode(details.MaskPersonalData()) : new JsonObject();
        foreach (var field in masked.Select(p => p.Key).ToList())
            if (!stored.TryGetProperty(field, out _)) masked.Remove(field);
        return JsonSerializer.SerializeToElement(masked);
    }

    public async Task<Page<ComplaintSummary>> ListAsync(ComplaintFilter f, CancellationToken ct)
    {
        var query = db.Complaints.AsNoTracking();
        if (f.Status is { } status) query = query.Where(c => c.Status == status);
        if (f.CategoryId is { } category) query = query.Where(c => c.CategoryId == category);
        if (f.Channel is { } channel) query = query.Where(c => c.Channel == channel);
        if (f.AssigneeId is { } assignee) query = query.Where(c => c.AssigneeId == assignee);
        if (f.DepartmentId is { } department) query = query.Where(c => c.DepartmentId == department);
        query = query.Matching(f.Q);
        if (f.Cursor is not null)
        {
            var after = DecodeCursor(f.Cursor);
            query = query.Where(c => c.Id < after);
        }

        var limit = Math.Clamp(f.Limit, 1, ComplaintFilter.MaxLimit);
        var rows = await query
            .OrderByDescending(c => c.Id)
            .Take(limit + 1)
            .Select(c => new ComplaintSummary(c.Id, c.Number, c.Status, c.Customer.Name, c.Channel, c.CategoryId, c.Priority,
                c.DepartmentId, c.AssigneeId, c.AssigneeName, c.ReceivedAt, c.UpdatedAt))
            .ToListAsync(ct);
        var next = rows.Count > limit ? EncodeCursor(rows[limit - 1].Id) : null;
        return new Page<ComplaintSummary>(rows.Take(limit).ToList(), next);
    }

    public static string EncodeCursor(long lastId) => Base64Url.EncodeToString(BitConverter.GetBytes(lastId));

    public static bool TryDecodeCursor(string cursor, out long lastId)
    {
        lastId = 0;
        var bytes = new byte[8];
        if (!Base64Url.IsValid(cursor) || Base64Url.GetMaxDecodedLength(cursor.Length) > 8) return false;
        if (!Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 8) return false;
        lastId = BitConverter.ToInt64(bytes);
        return lastId > 0;
    }

    private static long DecodeCursor(string cursor) =>
        TryDecodeCursor(cursor, out var id) ? id : throw new RuleViolationException("cursor", "The cursor is not valid.");
}
