namespace ComplaintDesk.Common;

public sealed class NotFoundException(string what, object key) : DomainException($"{what} '{key}' was not found.")
{
    public override string Code => "not_found";
}
