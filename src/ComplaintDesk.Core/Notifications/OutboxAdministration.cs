using Microsoft.Extensions.Logging;

namespace ComplaintDesk.Notifications;

/// <summary>The Admin's view of the outbox: what is stuck, and putting a parked message back in the queue.</summary>
public sealed class OutboxAdministration(ComplaintDbContext db, TimeProvider clock, ILogger<OutboxAdministration> logger)
{
    public const int MaxListed = 200;

    /// <summary>The newest messages first, of one status or of all.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus? status, int limit, CancellationToken ct)
    {
        var rows = await db.Outbox.AsNoTracking()
            .Where(m => status == null || m.Status == status)
            .OrderByDescending(m => m.Id)
            .Take(Math.Clamp(limit, 1, MaxListed))
            .Select(m => new { Message = m, StaffName = db.Staff.Where(s => s.Id == m.RecipientStaffId).Select(s => s.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(r => OutboxEntry.From(r.Message, r.StaffName))];
    }

    /// <summary>Puts a parked message back in the queue for the next dispatcher pass. Not a complaint step: the log records it.</summary>
    public async Task<OutboxEntry> ResendAsync(long id, Actor actor, CancellationToken ct)
    {
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Outbox message", id);
        message.Resend(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Outbox message {MessageId} ({Template}, {Channel}) resent by {StaffName} ({StaffNumber}) after {Attempts} attempts",
            message.Id, message.Template, message.Channel, actor.Name, actor.StaffNumber, message.Attempts);
        var staffName = await db.Staff.Where(s => s.Id == message.RecipientStaffId).Select(s => s.DisplayName).FirstOrDefaultAsync(ct);
        return OutboxEntry.From(message, staffName);
    }
}
