namespace ComplaintDesk.Common;

/// <summary>Input was well formed but refers to something the rules do not allow (inactive handler, unknown category...).</summary>
public sealed class RuleViolationException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
    public override string Code => "rule_violation";
}
