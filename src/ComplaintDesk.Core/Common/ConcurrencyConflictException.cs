namespace ComplaintDesk.Common;

/// <summary>Someone else saved the record first; <see cref="Current"/> carries what is stored now.</summary>
public sealed class ConcurrencyConflictException(string message, object? current) : DomainException(message)
{
    public object? Current { get; } = current;
    public override string Code => "edit_conflict";
}
