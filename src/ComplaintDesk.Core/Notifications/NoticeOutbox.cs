using System.Text.Json;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Notifications;

/// <summary>
/// Turns the notices a complaint raised into outbox rows on the same DbContext, so they commit (or roll back) with the
/// change. Call before SaveChanges.
/// </summary>
public sealed class NoticeOutbox(ComplaintDbContext db)
{
    public async Task QueueAsync(Complaint complaint, DateTimeOffset now, CancellationToken ct)
    {
        var messages = new List<OutboxMessage>();
        foreach (var notice in complaint.Notices)
        {
            var payload = JsonSerializer.Serialize(notice.Data);
            if (notice.Audience == NoticeAudience.Customer)
            {
                var (channel, address) = complaint.Customer.Email is { } email
                    ? (MessageChannel.Email, email)
                    : (MessageChannel.Sms, complaint.Customer.Phone);
                messages.Add(new OutboxMessage(notice.Template, channel, complaint.Id == 0 ? null : complaint.Id, null, address,
                    payload, notice.DedupeKey, now));
                continue;
            }
            foreach (var staffId in await RecipientsAsync(complaint, notice.Audience, ct))
                messages.Add(new OutboxMessage(notice.Template, MessageChannel.InApp, complaint.Id, staffId, null, payload,
                    notice.DedupeKey is null ? null : $"{notice.DedupeKey}:{staffId}", now));
        }
        // A notice already queued under its key is dropped rather than failing the save on the unique index (e.g. a
        // deadline warned about, moved out of the risk zone and back to the same due time).
        var keys = messages.Where(m => m.DedupeKey is not null).Select(m => m.DedupeKey!).ToList();
        var queued = keys.Count == 0 ? [] : await db.Outbox.AsNoTracking()
            .Where(m => keys.Contains(m.DedupeKey!)).Select(m => m.DedupeKey!).ToListAsync(ct);
        db.Outbox.AddRange(messages.Where(m => m.DedupeKey is null || !queued.Contains(m.DedupeKey)));
        complaint.ClearNotices();
    }

    private async Task<IReadOnlyList<long>> RecipientsAsync(Complaint complaint, NoticeAudience audience, CancellationToken ct)
    {
        if (audience == NoticeAudience.Owner && complaint.AssigneeId is { } owner) return [owner];
        if (audience == NoticeAudience.Managers) return await ActiveWithRoleAsync(Roles.Manager, null, ct);
        // The department's supervisors; a complaint with no department (or a department without one) goes to them all.
        var supervisors = complaint.DepartmentId is { } department ? await ActiveWithRoleAsync(Roles.Supervisor, department, ct) : [];
        return supervisors.Count > 0 ? supervisors : await ActiveWithRoleAsync(Roles.Supervisor, null, ct);
    }

    private async Task<IReadOnlyList<long>> ActiveWithRoleAsync(string role, long? departmentId, CancellationToken ct) =>
        await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && s.Roles.Contains(role) && (departmentId == null || s.DepartmentId == departmentId))
            .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
}
