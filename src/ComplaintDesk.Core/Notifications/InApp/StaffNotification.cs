namespace ComplaintDesk.Notifications.InApp;

/// <summary>A message in a staff member's in-app inbox (the bell), as it was composed when delivered.</summary>
public sealed class StaffNotification
{
    private StaffNotification() { }

    public StaffNotification(long staffId, long? complaintId, string subject, string body, DateTimeOffset now)
    {
        StaffId = staffId;
        ComplaintId = complaintId;
        Subject = subject;
        Body = body;
        CreatedAt = Clock.Normalize(now);
    }

    public long Id { get; private set; }
    public long StaffId { get; private set; }
    public long? ComplaintId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>The first reading counts; reading it again changes nothing.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= Clock.Normalize(now);
}
