namespace ComplaintDesk.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The language of in-app messages to staff (zh-CN or en); the desk works in one language.</summary>
    public string StaffLanguage { get; set; } = MessageLanguages.Chinese;

    /// <summary>IANA zone in which dates in messages are written: the bank's business time, not the server's.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
