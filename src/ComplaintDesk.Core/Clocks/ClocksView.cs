namespace ComplaintDesk.Clocks;

/// <summary>Where a deadline stands: running on time, in its last stretch, late, or finished one way or the other.</summary>
public enum DeadlineStatus
{
    OnTrack,
    AtRisk,
    Overdue,
    Met,
    Missed,
    Cancelled,
}

/// <param name="RemainingSeconds">Working seconds left for business targets, wall-clock seconds for calendar-day ones;
/// negative when late; null once the target is finished.</param>
public sealed record DeadlineView(long Id, SlaTarget Target, int Round, SlaSpan Span, DateTimeOffset StartedAt, DateTimeOffset DueAt,
    DateTimeOffset AtRiskFrom, int Extensions, DeadlineStatus Status, long? RemainingSeconds, DateTimeOffset? CompletedAt,
    long? PolicyId, int? PolicyVersion);

public sealed record PauseView(string Reason, DateTimeOffset StartedAt, string StartedByName, DateTimeOffset? EndedAt, string? EndedByName);

public sealed record ExtensionView(int Sequence, string Reason, string ApproverRole, DateTimeOffset ProposedDueAt, string RequestedByName,
    DateTimeOffset RequestedAt, bool? Approved, string? DecisionComment, string? DecidedByName, DateTimeOffset? DecidedAt);

/// <summary>The complaint's clocks: the profile they run under, each target's deadline, pauses and extensions.</summary>
public sealed record ClocksView(string Profile, string? ProfileName, DateTimeOffset? PausedSince, DateTimeOffset NextDueAt,
    IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<PauseView> Pauses, IReadOnlyList<ExtensionView> Extensions)
{
    public static ClocksView From(Complaint c, SlaRules? rules, DateTimeOffset now) => new(
        c.SlaProfile, RegulatoryProfile.Find(c.SlaProfile)?.Name, c.PausedSince, c.NextDueAt,
        [.. c.Deadlines.OrderBy(d => d.Round).ThenBy(d => d.Target).Select(d => Deadline(d, c.PausedSince, rules, now))],
        [.. c.Pauses.OrderBy(p => p.StartedAt).Select(p => new PauseView(p.Reason, p.StartedAt, p.StartedByName, p.EndedAt, p.EndedByName))],
        [.. c.Extensions.OrderBy(e => e.Sequence).Select(e => new ExtensionView(e.Sequence, e.Reason, e.ApproverRole, e.ProposedDueAt,
            e.RequestedByName, e.RequestedAt, e.Approved, e.DecisionComment, e.DecidedByName, e.DecidedAt))]);

    public static DeadlineStatus StatusOf(ComplaintDeadline d, DateTimeOffset? pausedSince, DateTimeOffset now) => d switch
    {
        { CompletedAt: not null, Outcome: DeadlineOutcome.Cancelled } => DeadlineStatus.Cancelled,
        { CompletedAt: not null, Outcome: DeadlineOutcome.Missed } => DeadlineStatus.Missed,
        { CompletedAt: not null } => DeadlineStatus.Met,
        // While paused the clock stands still: a deadline cannot pass or come nearer.
        _ when pausedSince is { } paused => Position(d, paused),
        _ => Position(d, now),
    };

    private static DeadlineStatus Position(ComplaintDeadline d, DateTimeOffset at) =>
        at > d.DueAt || d.Outcome == DeadlineOutcome.Missed ? DeadlineStatus.Overdue
        : at >= d.AtRiskFrom ? DeadlineStatus.AtRisk
        : DeadlineStatus.OnTrack;

    private static DeadlineView Deadline(ComplaintDeadline d, DateTimeOffset? pausedSince, SlaRules? rules, DateTimeOffset now)
    {
        var status = StatusOf(d, pausedSince, now);
        long? remaining = d.CompletedAt is not null || rules is null ? null
            : (long)rules.Remaining(pausedSince ?? now, d.DueAt, d.SpanUnit).TotalSeconds;
        return new DeadlineView(d.Id, d.Target, d.Round, d.Span, d.StartedAt, d.DueAt, d.AtRiskFrom, d.Extensions, status, remaining,
            d.CompletedAt, d.PolicyId, d.PolicyVersion);
    }
}
