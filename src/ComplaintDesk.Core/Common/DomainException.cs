namespace ComplaintDesk.Common;

/// <summary>Base for errors the business rules raise; the edge maps each kind to one HTTP status.</summary>
public abstract class DomainException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>A stable, machine-readable code clients can switch on.</summary>
    public abstract string Code { get; }
}
