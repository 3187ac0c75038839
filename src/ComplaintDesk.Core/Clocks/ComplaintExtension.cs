namespace ComplaintDesk.Clocks;

/// <summary>A handler's request for more time to decide, and the approver's answer.</summary>
public sealed class ComplaintExtension
{
    private ComplaintExtension() { }

    internal ComplaintExtension(int sequence, string reason, string approverRole, DateTimeOffset proposedDueAt, Actor by, DateTimeOffset at)
    {
        Sequence = sequence;
        Reason = reason;
        ApproverRole = approverRole;
        ProposedDueAt = proposedDueAt;
        RequestedById = by.StaffId;
        RequestedByName = by.Name;
        RequestedAt = at;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    /// <summary>1 for the first extension asked for on this complaint, and so on.</summary>
    public int Sequence { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>The role the regulator's ladder requires of the approver (the second extension needs a Manager).</summary>
    public string ApproverRole { get; private set; } = "";
    public DateTimeOffset ProposedDueAt { get; private set; }
    public long RequestedById { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public bool? Approved { get; private set; }
    public string? DecisionComment { get; private set; }
    public long? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => Approved is null;

    internal void Decide(bool approved, string? comment, Actor by, DateTimeOffset at)
    {
        Approved = approved;
        DecisionComment = comment;
        DecidedById = by.StaffId;
        DecidedByName = by.Name;
        DecidedAt = at;
    }
}
