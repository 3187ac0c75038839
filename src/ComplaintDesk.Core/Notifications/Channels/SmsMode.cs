namespace ComplaintDesk.Notifications.Channels;

public enum SmsMode
{
    /// <summary>No SMS channel: SMS messages fail and are parked.</summary>
    Off,
    /// <summary>POST to the bank's SMS gateway.</summary>
    Gateway,
    /// <summary>Development: one text file per message in a folder.</summary>
    Folder,
}
