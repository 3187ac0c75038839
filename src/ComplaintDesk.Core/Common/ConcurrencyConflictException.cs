namespace ComplaintDesk.Common;

/// <summary>Someone else saved the record first; <see cref="Current"/> carries what is stored now.</summary>
public sealed class ConcurrencyConflictException(string message, object? current, Exception? inner = null) : DomainException(message, inner)
{
    public object? Current { get; } = current;
    public override string Code => "edit_conflict";
}
