namespace ComplaintDesk.CustomerPortal;

/// <summary>How many wrong look-ups the public status page allows before it makes the caller wait.</summary>
public sealed class CustomerPortalOptions
{
    public const string Section = "CustomerPortal";

    /// <summary>Wrong phone numbers tried against one complaint number within <see cref="Window"/>.</summary>
    public int MaxFailuresPerNumber { get; set; } = 5;

    /// <summary>Failed look-ups from one client address within <see cref="Window"/>, whatever the numbers.</summary>
    public int MaxFailuresPerClient { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
