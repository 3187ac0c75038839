namespace ComplaintDesk.Complaints;

/// <summary>The handler who owns the case; copied onto the complaint so the owner is visible without a join.</summary>
public sealed record Assignee(long StaffId, string Name, string StaffNumber);
