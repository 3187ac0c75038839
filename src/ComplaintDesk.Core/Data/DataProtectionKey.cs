namespace ComplaintDesk.Data;

/// <summary>A data-protection key ring entry, stored in the database so every app instance reads the same tokens.</summary>
public sealed class DataProtectionKey
{
    public long Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
