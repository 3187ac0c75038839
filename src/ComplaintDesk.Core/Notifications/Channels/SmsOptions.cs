namespace ComplaintDesk.Notifications.Channels;

/// <summary>How customer SMS leave the system (section <c>Sms</c>).</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    public SmsMode Mode { get; set; } = SmsMode.Off;
    /// <summary>Gateway mode: the URL that takes <c>{"to": "...", "text": "..."}</c> as a JSON POST.</summary>
    public string? GatewayUrl { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>The request header that carries <see cref="ApiKey"/>.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Folder mode: where the message files go.</summary>
    public string Folder { get; set; } = "sms-outbox";
}
