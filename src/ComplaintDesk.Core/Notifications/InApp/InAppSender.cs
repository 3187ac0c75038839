namespace ComplaintDesk.Notifications.InApp;

/// <summary>Delivers staff messages into the recipient's in-app inbox; the bell shows them from there.</summary>
public sealed class InAppSender(ComplaintDbContext db, TimeProvider clock) : IMessageSender
{
    public MessageChannel Channel => MessageChannel.InApp;

    public async Task SendAsync(OutboxMessage message, ComposedMessage content, CancellationToken ct)
    {
        var staffId = message.RecipientStaffId
            ?? throw new InvalidOperationException($"In-app message {message.Id} names no staff member.");
        db.StaffNotifications.Add(new StaffNotification(staffId, message.ComplaintId, content.Subject, content.Body, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}
