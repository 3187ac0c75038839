using ComplaintDesk.Common;

namespace ComplaintDesk.Notifications;

public enum MessageChannel
{
    /// <summary>Shown to a staff member inside ComplaintDesk.</summary>
    InApp,
    Email,
    Sms,
}

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the last retry; an Admin can resend it.</summary>
    Parked,
}

/// <summary>
/// A message waiting to be delivered, written in the same transaction as the change that caused it, so a message
/// exists exactly when its change does. A dispatcher delivers and marks it.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(string template, MessageChannel channel, long? complaintId, long? recipientStaffId, string? recipientAddress,
        string payload, string? dedupeKey, DateTimeOffset now)
    {
        Template = template;
        Channel = channel;
        ComplaintId = complaintId;
        RecipientStaffId = recipientStaffId;
        RecipientAddress = recipientAddress;
        Payload = payload;
        DedupeKey = dedupeKey;
        CreatedAt = Clock.Normalize(now);
        NextAttemptAt = CreatedAt;
        Status = OutboxStatus.Pending;
    }

    public long Id { get; private set; }
    public string Template { get; private set; } = "";
    public MessageChannel Channel { get; private set; }
    public long? ComplaintId { get; private set; }
    public long? RecipientStaffId { get; private set; }
    /// <summary>E-mail address or phone number for customer messages.</summary>
    public string? RecipientAddress { get; private set; }
    /// <summary>The template's values as JSON.</summary>
    public string Payload { get; private set; } = "{}";
    /// <summary>Unique when set: the same notice is never queued twice, whichever app instance raises it.</summary>
    public string? DedupeKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }
}
