namespace ComplaintDesk.CustomerPortal;

/// <summary>One answer for a wrong number and a wrong phone alike, so the look-up cannot be used to test either.</summary>
public sealed class LookupFailedException()
    : DomainException("No complaint matches this complaint number and phone number.")
{
    public override string Code => "not_found";
}
