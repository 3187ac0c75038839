namespace ComplaintDesk.Common;

/// <summary>A record with the same unique value already exists.</summary>
public sealed class DuplicateException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
    public override string Code => "duplicate";
}
