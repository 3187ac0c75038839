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
    /// <summary>Failed attempts since the message was queued or last resent: where it stands on the retry schedule.</summary>
    public int Failures { get; private set; }
    /// <summary>The dispatcher instance delivering the message now; its claim lapses at <see cref="LockedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }
    /// <summary>
    /// End of the current claim. A dispatcher that dies mid-delivery leaves it behind; once it has passed, another
    /// instance may claim the message, so none is lost.
    /// </summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    private readonly List<OutboxAttempt> _deliveryAttempts = [];
    /// <summary>Every delivery attempt, oldest first. Loaded only where asked for.</summary>
    public IReadOnlyList<OutboxAttempt> DeliveryAttempts => _deliveryAttempts;

    /// <summary>The channel took the message.</summary>
    public void MarkSent(string instance, DateTimeOffset now)
    {
        RequirePending("mark as sent");
        now = Clock.Normalize(now);
        Record(AttemptOutcome.Sent, null, instance, now);
        Status = OutboxStatus.Sent;
        SentAt = now;
        Release();
    }

    /// <summary>The attempt failed: try again after the schedule's next delay, or park the message after the last one.</summary>
    public void MarkFailed(string error, string instance, DateTimeOffset now, RetrySchedule schedule)
    {
        RequirePending("record a failure of");
        now = Clock.Normalize(now);
        Record(AttemptOutcome.Failed, error, instance, now);
        Failures++;
        if (schedule.NextAttempt(Failures, now) is { } next)
        {
            NextAttemptAt = next;
            Release();
        }
        else Park(error);
    }

    /// <summary>Gives up on the message until an Admin resends it.</summary>
    public void Park(string reason)
    {
        RequirePending("park");
        Status = OutboxStatus.Parked;
        LastError = Truncate(reason);
        Release();
    }

    /// <summary>An Admin puts a parked message back in the queue with a fresh retry schedule; its attempts stay on record.</summary>
    public void Resend(DateTimeOffset now)
    {
        if (Status != OutboxStatus.Parked)
            throw new IllegalTransitionException("resend", Status.ToString(), $"Only a parked message can be resent; this one is {Status}.");
        Status = OutboxStatus.Pending;
        Failures = 0;
        NextAttemptAt = Clock.Normalize(now);
    }

    private void Record(AttemptOutcome outcome, string? error, string instance, DateTimeOffset now)
    {
        Attempts++;
        LastError = error is null ? LastError : Truncate(error);
        _deliveryAttempts.Add(new OutboxAttempt(Id, Attempts, now, outcome, error is null ? null : Truncate(error), instance));
    }

    private void RequirePending(string action)
    {
        if (Status != OutboxStatus.Pending)
            throw new IllegalTransitionException(action, Status.ToString(), $"Cannot {action} a message that is {Status}.");
    }

    private void Release()
    {
        ClaimedBy = null;
        LockedUntil = null;
    }

    /// <summary>Error texts (an SMTP server's reply, a gateway's body) can be long; the column keeps the start.</summary>
    internal static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..(MaxErrorLength - 1)] + "…";

    public const int MaxErrorLength = 1000;
}
