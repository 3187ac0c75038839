namespace ComplaintDesk.Idempotency;

/// <summary>Remembers which complaint an Idempotency-Key produced, so a retried registration returns it again.</summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public IdempotencyRecord(string key, long staffId, string requestHash, DateTimeOffset createdAt)
    {
        Key = key;
        StaffId = staffId;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; } = "";
    public long StaffId { get; private set; }
    public string RequestHash { get; private set; } = "";
    public long? ComplaintId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void Complete(long complaintId) => ComplaintId = complaintId;
}
