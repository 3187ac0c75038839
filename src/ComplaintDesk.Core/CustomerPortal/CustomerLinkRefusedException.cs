namespace ComplaintDesk.CustomerPortal;

/// <summary>A customer link that opens nothing: tampered or forged (404), or past its lifetime (410).</summary>
public sealed class CustomerLinkRefusedException(LinkState state) : DomainException(state == LinkState.Expired
    ? "This link has expired. Look up your complaint again with its number and your phone number."
    : "This link is not valid.")
{
    public LinkState State { get; } = state;

    public override string Code => State == LinkState.Expired ? "link_expired" : "link_invalid";
}
