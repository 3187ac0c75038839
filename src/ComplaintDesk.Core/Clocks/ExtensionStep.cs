namespace ComplaintDesk.Clocks;

/// <summary>
/// One rung of a profile's extension ladder: the resolution deadline becomes <paramref name="TotalFromReceipt"/> after
/// receipt, and the approver needs <paramref name="ApproverRole"/>.
/// </summary>
public sealed record ExtensionStep(SlaSpan TotalFromReceipt, string ApproverRole);
