using Microsoft.Extensions.Options;

namespace ComplaintDesk.Clocks;

public sealed class ResponseDeadlineOptions
{
    public const string Section = "Deadlines";

    /// <summary>How long before the deadline a case shows as due soon in the queues.</summary>
    public int DueSoonDays { get; set; } = 3;
}

/// <summary>How the queues colour a deadline; the deadlines themselves come from <see cref="Clocks.SlaRules"/>.</summary>
public sealed class ResponseDeadline(IOptions<ResponseDeadlineOptions> options)
{
    public TimeSpan DueSoonWindow => TimeSpan.FromDays(options.Value.DueSoonDays);

    /// <summary>The complaint's state by <see cref="ComplaintRules.State"/>; null when it has no running deadline.</summary>
    public DeadlineState? StateOf(ComplaintStatus status, DateTimeOffset responseDueAt, DateTimeOffset? pausedSince, DateTimeOffset now) =>
        ComplaintRules.State(status, responseDueAt, pausedSince, now, DueSoonWindow);
}
