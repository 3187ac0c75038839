namespace ComplaintDesk.Clocks;

/// <summary>
/// One clock on a complaint: when it started, how long it runs under which rules, when it is due after pauses and
/// extensions, and whether it was met. The deadline monitor reads and flags these rows.
/// </summary>
public sealed class ComplaintDeadline
{
    private ComplaintDeadline() { }

    internal ComplaintDeadline(PlannedDeadline plan, int round, DateTimeOffset startedAt, string profileCode)
    {
        Target = plan.Target;
        Round = round;
        StartedAt = startedAt;
        ProfileCode = profileCode;
        Replan(plan);
        DueAt = BaseDueAt;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public SlaTarget Target { get; private set; }
    /// <summary>0 for the first handling; n for the review of the n-th appeal.</summary>
    public int Round { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public int SpanAmount { get; private set; }
    public SlaUnit SpanUnit { get; private set; }
    public string ProfileCode { get; private set; } = "";
    public long? PolicyId { get; private set; }
    public int? PolicyVersion { get; private set; }
    /// <summary>Due before pauses: from the span, or from the last approved extension.</summary>
    public DateTimeOffset BaseDueAt { get; private set; }
    /// <summary>Due after paused time is added back; what queues, monitor and customer see.</summary>
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset AtRiskFrom { get; private set; }
    public int Extensions { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DeadlineOutcome? Outcome { get; private set; }
    /// <summary>Set by the monitor when it warned the owner; cleared when the deadline moves out of the risk zone.</summary>
    public DateTimeOffset? AtRiskNotifiedAt { get; private set; }
    /// <summary>Set by the monitor when the deadline passed unmet.</summary>
    public DateTimeOffset? MissedAt { get; private set; }

    public SlaSpan Span => new(SpanAmount, SpanUnit);
    public bool IsRunning => CompletedAt is null && Outcome != DeadlineOutcome.Cancelled;

    internal void Replan(PlannedDeadline plan)
    {
        (SpanAmount, SpanUnit) = (plan.Span.Amount, plan.Span.Unit);
        (PolicyId, PolicyVersion) = (plan.PolicyId, plan.PolicyVersion);
        BaseDueAt = plan.DueAt;
    }

    /// <summary>An extension counts in its own terms (calendar days from receipt), so later pauses shift it by wall time.</summary>
    internal void Extend(SlaSpan totalFromReceipt, DateTimeOffset newBaseDueAt)
    {
        (SpanAmount, SpanUnit) = (totalFromReceipt.Amount, totalFromReceipt.Unit);
        BaseDueAt = newBaseDueAt;
        Extensions++;
    }

    /// <summary>Recomputes the effective due time and the risk threshold; an earlier warning or miss no longer holds if the deadline moved out.</summary>
    internal void Reschedule(SlaRules rules, IEnumerable<PausedInterval> pauses, DateTimeOffset now)
    {
        DueAt = rules.Shift(BaseDueAt, SpanUnit, pauses);
        AtRiskFrom = rules.AtRiskFrom(StartedAt, DueAt, SpanUnit);
        if (CompletedAt is not null) return;
        if (AtRiskFrom > now) AtRiskNotifiedAt = null;
        if (DueAt > now && Outcome == DeadlineOutcome.Missed) (Outcome, MissedAt) = (null, null);
    }

    internal void Complete(DateTimeOffset now)
    {
        CompletedAt = now;
        Outcome ??= now <= DueAt ? DeadlineOutcome.Met : DeadlineOutcome.Missed;
    }

    internal void Cancel(DateTimeOffset now)
    {
        CompletedAt = now;
        Outcome ??= DeadlineOutcome.Cancelled;
    }

    internal void MarkAtRisk(DateTimeOffset now) => AtRiskNotifiedAt = now;

    internal void MarkMissed(DateTimeOffset now) => (Outcome, MissedAt) = (DeadlineOutcome.Missed, now);
}
