namespace ComplaintDesk.Notifications;

/// <summary>The outbox dispatcher's and the message composer's settings (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Whether this instance delivers the outbox. Every instance may: their claims never overlap.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>Time between two looks at the outbox when the last one found less than a full batch.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages one instance claims at a time.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a claim keeps other instances off a message. Longer than a batch can take to send (SMTP and gateway
    /// time-outs included), or a slow instance's messages could be claimed and sent a second time.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Waits after the 1st, 2nd, … failure; after the last one the message is parked. Null: the defaults.</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    public static readonly TimeSpan[] DefaultRetryDelays =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    public RetrySchedule Schedule() => new(RetryDelays ?? DefaultRetryDelays);
    /// <summary>The language of in-app messages to staff (zh-CN or en); the desk works in one language.</summary>
    public string StaffLanguage { get; set; } = MessageLanguages.Chinese;
}
