namespace ComplaintDesk.Common;

/// <summary>Too many failed attempts from this caller or on this key; the edge answers 429 with Retry-After.</summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter)
    : DomainException("Too many attempts. Please wait a while and try again.")
{
    /// <summary>At least a second, so a client never retries at once.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter;

    /// <summary>The value of the Retry-After header: whole seconds, rounded up.</summary>
    public int RetryAfterSeconds => (int)Math.Ceiling(RetryAfter.TotalSeconds);

    public override string Code => "too_many_attempts";
}
