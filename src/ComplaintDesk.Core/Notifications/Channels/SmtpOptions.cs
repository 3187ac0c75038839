namespace ComplaintDesk.Notifications.Channels;

/// <summary>The SMTP relay customer e-mail goes through (section <c>Smtp</c>). No host and no pickup folder: no e-mail channel.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>STARTTLS on the plain port (System.Net.Mail cannot open a TLS connection directly, as port 465 expects).</summary>
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "";
    public string? FromName { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Development: write each e-mail as an .eml file into this folder instead of sending it.</summary>
    public string? PickupDirectory { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host) || !string.IsNullOrWhiteSpace(PickupDirectory);

    /// <summary>Values that ship in examples and must never reach a real relay.</summary>
    private static readonly string[] Placeholders = ["changeme", "change-me", "change_me", "password", "secret", "placeholder", "xxx"];

    public bool HasPlaceholderPassword =>
        string.IsNullOrWhiteSpace(Password) || Placeholders.Contains(Password.Trim().ToLowerInvariant()) || Password.Trim().StartsWith('<');
}
