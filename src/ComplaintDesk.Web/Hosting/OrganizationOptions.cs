namespace ComplaintDesk.Web.Hosting;

/// <summary>What the customer's acknowledgement slip says about the bank and how to follow up.</summary>
public sealed class OrganizationOptions
{
    public const string Section = "Organization";

    public string Name { get; set; } = "ComplaintDesk";
    public string NameEn { get; set; } = "ComplaintDesk";
    public string Hotline { get; set; } = "";
    public string Website { get; set; } = "";
}
