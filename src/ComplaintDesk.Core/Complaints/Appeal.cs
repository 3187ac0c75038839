namespace ComplaintDesk.Complaints;

/// <summary>The customer disagreed with the result (申诉) and asked for the case to be looked at again.</summary>
public sealed class Appeal
{
    private Appeal() { }

    internal Appeal(int ordinal, string reason, Common.Actor recordedBy, DateTimeOffset at)
    {
        Ordinal = ordinal;
        Reason = reason;
        RecordedById = recordedBy.StaffId;
        RecordedByName = recordedBy.Name;
        RecordedAt = at;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public int Ordinal { get; private set; }
    public string Reason { get; private set; } = "";
    public long RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}
