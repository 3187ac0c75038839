namespace ComplaintDesk.Notifications;

/// <summary>One try at delivering an outbox message, kept so an Admin can see why a message was parked.</summary>
public sealed class OutboxAttempt
{
    private OutboxAttempt() { }

    internal OutboxAttempt(long messageId, int number, DateTimeOffset at, AttemptOutcome outcome, string? error, string instance)
    {
        MessageId = messageId;
        Number = number;
        At = at;
        Outcome = outcome;
        Error = error;
        Instance = instance;
    }

    public long MessageId { get; private set; }
    /// <summary>1 for the first attempt; counts on across resends.</summary>
    public int Number { get; private set; }
    public DateTimeOffset At { get; private set; }
    public AttemptOutcome Outcome { get; private set; }
    public string? Error { get; private set; }
    /// <summary>Which dispatcher instance made the attempt (host, process and a per-start id).</summary>
    public string Instance { get; private set; } = "";
}
