using Microsoft.Extensions.Options;

namespace ComplaintDesk.Complaints;

public sealed class ResponseDeadlineOptions
{
    public const string Section = "Deadlines";

    /// <summary>Calendar days from receipt to the decision (the Chinese rule's 15 days).</summary>
    public int ResponseDays { get; set; } = 15;

    /// <summary>How long before the deadline a case shows as due soon in the queues.</summary>
    public int DueSoonDays { get; set; } = 3;
}

/// <summary>
/// The response deadline set at registration. Calendar days for now; business calendars and per-category policies
/// replace this rule without changing its callers.
/// </summary>
public sealed class ResponseDeadline(IOptions<ResponseDeadlineOptions> options)
{
    public DateTimeOffset For(DateTimeOffset receivedAt) => receivedAt.AddDays(options.Value.ResponseDays);

    public TimeSpan DueSoonWindow => TimeSpan.FromDays(options.Value.DueSoonDays);

    public DeadlineState StateAt(DateTimeOffset dueAt, DateTimeOffset now) =>
        dueAt < now ? DeadlineState.Overdue
        : dueAt <= now + DueSoonWindow ? DeadlineState.DueSoon
        : DeadlineState.OnTrack;
}
