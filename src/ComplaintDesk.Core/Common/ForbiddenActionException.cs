namespace ComplaintDesk.Common;

/// <summary>The user's role allows the route, but not on this record (e.g. a handler acting on someone else's case).</summary>
public sealed class ForbiddenActionException(string message) : DomainException(message)
{
    public override string Code => "forbidden";
}
