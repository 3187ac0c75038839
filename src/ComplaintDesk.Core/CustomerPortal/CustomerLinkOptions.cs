namespace ComplaintDesk.CustomerPortal;

public sealed class CustomerLinkOptions
{
    public const string Section = "CustomerLinks";

    /// <summary>Where customers reach the public pages, e.g. https://complaints.example-bank.cn; links are built on it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>How long a link in a message stays valid; long enough to appeal after a no-response closure.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(45);
}
