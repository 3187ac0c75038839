namespace ComplaintDesk.Intake;

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
    /// <summary>Set only on the registering request, so the link is saved together with the new complaint.</summary>
    public Complaints.Complaint? Complaint { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Links the key to the complaint it produced; saved in the same SaveChanges as the complaint itself.</summary>
    public void Complete(Complaints.Complaint complaint) => Complaint = complaint;
}
