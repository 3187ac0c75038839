namespace ComplaintDesk.CustomerPortal;

/// <summary>
/// One failed status look-up. Kept in PostgreSQL rather than in memory so every app instance counts the same
/// attempts; rows older than the throttling window are deleted as new failures arrive.
/// </summary>
public sealed class LookupFailure
{
    private LookupFailure() { }

    public LookupFailure(string complaintNumber, string clientAddress, DateTimeOffset failedAt)
    {
        ComplaintNumber = complaintNumber;
        ClientAddress = clientAddress;
        FailedAt = failedAt;
    }

    public long Id { get; private set; }
    /// <summary>The number as typed (normalised), whether or not such a complaint exists.</summary>
    public string ComplaintNumber { get; private set; } = "";
    public string ClientAddress { get; private set; } = "";
    public DateTimeOffset FailedAt { get; private set; }
}
