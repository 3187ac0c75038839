namespace ComplaintDesk.Common;

/// <summary>The requested step is not allowed from the complaint's current status (or its current rules).</summary>
public sealed class IllegalTransitionException(string action, string currentStatus, string? reason = null)
    : DomainException(reason ?? $"Cannot {action} a complaint that is {currentStatus}.")
{
    public string Action { get; } = action;
    public string CurrentStatus { get; } = currentStatus;
    public override string Code => "illegal_transition";
}
