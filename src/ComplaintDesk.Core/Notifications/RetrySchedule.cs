namespace ComplaintDesk.Notifications;

/// <summary>
/// How long to wait after each failed delivery: the n-th failure waits the n-th delay; the failure after the last delay
/// parks the message. An empty schedule parks at the first failure.
/// </summary>
public sealed class RetrySchedule
{
    public RetrySchedule(IEnumerable<TimeSpan> delays)
    {
        Delays = [.. delays];
        if (Delays.Any(d => d < TimeSpan.Zero)) throw new ArgumentException("Retry delays cannot be negative.", nameof(delays));
    }

    public IReadOnlyList<TimeSpan> Delays { get; }

    /// <summary>How many deliveries are tried in all before a message is parked.</summary>
    public int MaxAttempts => Delays.Count + 1;

    /// <summary>When to try again after the given number of consecutive failures; null when the message should be parked.</summary>
    public DateTimeOffset? NextAttempt(int failures, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        return failures <= Delays.Count ? now + Delays[failures - 1] : null;
    }
}
