namespace ComplaintDesk.Complaints;

public sealed record Closure(ClosureReason Reason, bool? CustomerSatisfied, string? FinalComment, DateTimeOffset ClosedAt);
