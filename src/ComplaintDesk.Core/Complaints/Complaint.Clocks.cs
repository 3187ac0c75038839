using System.Globalization;
using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Timeline;
using ComplaintDesk.Escalations;
using ComplaintDesk.Handling;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Complaints;

/// <summary>The complaint's clocks: deadlines per target, pauses, extensions, and what the deadline monitor flags.</summary>
public sealed partial class Complaint
{
    private readonly List<ComplaintDeadline> _deadlines = [];
    private readonly List<ComplaintPause> _pauses = [];
    private readonly List<ComplaintExtension> _extensions = [];
    private readonly List<ComplaintNotice> _notices = [];

    /// <summary>The regulatory profile in force when the complaint was registered.</summary>
    public string SlaProfile { get; private set; } = "";
    /// <summary>
    /// The nearest deadline still running (the decision deadline once none runs); the handler's queue sorts by it.
    /// </summary>
    public DateTimeOffset NextDueAt { get; private set; }
    /// <summary>Set while the clocks are paused.</summary>
    public DateTimeOffset? PausedSince { get; private set; }

    public IReadOnlyList<ComplaintDeadline> Deadlines => _deadlines;
    public IReadOnlyList<ComplaintPause> Pauses => _pauses;
    public IReadOnlyList<ComplaintExtension> Extensions => _extensions;
    /// <summary>Messages raised by changes since the complaint was loaded; not stored on the complaint itself.</summary>
    public IReadOnlyList<ComplaintNotice> Notices => _notices;

    public ComplaintExtension? PendingExtension => _extensions.FirstOrDefault(e => e.IsPending);

    /// <summary>The decision clock now running: the review of the latest appeal, or the first resolution.</summary>
    public ComplaintDeadline? DecisionDeadline => _deadlines
        .Where(d => d.Target is SlaTarget.Resolution or SlaTarget.Review).OrderByDescending(d => d.Round).FirstOrDefault();

    public void Pause(string reason, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Pause, by, now);
        now = Clock.Normalize(now);
        _pauses.Add(new ComplaintPause(reason, by, now));
        PausedSince = now;
        Record(by, now, Status, Status, new ClockPausedDetails(reason), customerVisible: true);
        Notify(NoticeTemplates.ClockPaused, NoticeAudience.Customer, ("reason", reason));
    }

    public void Resume(Actor by, DateTimeOffset now, SlaRules rules)
    {
        Demand(CaseAction.Resume, by, now);
        var pause = _pauses.First(p => p.IsActive);
        now = Clock.Normalize(now);
        pause.End(by, now);
        PausedSince = null;
        Reschedule(rules, now);
        Record(by, now, Status, Status, new ClockResumedDetails(pause.StartedAt, ResponseDueAt), customerVisible: true);
        Notify(NoticeTemplates.ClockResumed, NoticeAudience.Customer, ("responseDueAt", Iso(ResponseDueAt)));
    }

    public ComplaintExtension RequestExtension(string reason, Actor by, DateTimeOffset now, SlaRules rules)
    {
        rules = rules.ForProfile(SlaProfile);
        Demand(CaseAction.RequestExtension, by, now);
        var deadline = DecisionDeadline!;
        var step = rules.NextExtension(deadline.Extensions)!;
        now = Clock.Normalize(now);
        var proposed = rules.Shift(rules.DueAt(deadline.StartedAt, step.TotalFromReceipt), deadline.SpanUnit, PausedIntervals(now));
        var extension = new ComplaintExtension(_extensions.Count + 1, reason, step.ApproverRole, proposed, by, now);
        _extensions.Add(extension);
        Record(by, now, Status, Status, new ExtensionRequestedDetails(extension.Sequence, reason, proposed, step.ApproverRole));
        Notify(NoticeTemplates.ExtensionRequested,
            step.ApproverRole == Roles.Manager ? NoticeAudience.Managers : NoticeAudience.DepartmentSupervisors,
            ("reason", reason), ("proposedDueAt", Iso(proposed)));
        return extension;
    }

    public void DecideExtension(bool approve, string? comment, Actor by, DateTimeOffset now, SlaRules rules)
    {
        rules = rules.ForProfile(SlaProfile);
        Demand(CaseAction.DecideExtension, by, now);
        var extension = PendingExtension!;
        now = Clock.Normalize(now);
        extension.Decide(approve, comment, by, now);
        var deadline = DecisionDeadline!;
        if (approve && IsOpen && deadline.IsRunning)
        {
            var step = rules.NextExtension(deadline.Extensions)!;
            deadline.Extend(step.TotalFromReceipt, rules.DueAt(deadline.StartedAt, step.TotalFromReceipt));
            Reschedule(rules, now);
        }
        Record(by, now, Status, Status,
            new ExtensionDecidedDetails(extension.Sequence, approve, comment, extension.Reason, ResponseDueAt), customerVisible: approve);
        if (approve)
            Notify(NoticeTemplates.DeadlineExtended, NoticeAudience.Customer, ("reason", extension.Reason), ("responseDueAt", Iso(ResponseDueAt)));
    }

    /// <summary>The monitor's warning that most of a target's time is used; sent once per deadline.</summary>
    public void MarkAtRisk(long deadlineId, DateTimeOffset now)
    {
        var deadline = RunningDeadline(deadlineId);
        if (deadline.AtRiskNotifiedAt is not null || PausedSince is not null) return;
        deadline.MarkAtRisk(Clock.Normalize(now));
        Notify(NoticeTemplates.DeadlineAtRisk, NoticeAudience.Owner, $"at-risk:{deadline.Id}:{deadline.DueAt.ToUnixTimeSeconds()}",
            ("target", deadline.Target.ToString()), ("dueAt", Iso(deadline.DueAt)));
    }

    /// <summary>
    /// The monitor found a deadline passed unmet: recorded on the timeline, and a missed decision is escalated to the
    /// department's supervisors (once: the deadline is no longer unmet when the monitor looks again). The escalation
    /// report gives the deadline in the bank's time, <paramref name="bankZone"/>.
    /// </summary>
    public void MarkMissed(long deadlineId, Actor monitor, DateTimeOffset now, TimeZoneInfo bankZone)
    {
        var deadline = RunningDeadline(deadlineId);
        if (deadline.Outcome is not null || PausedSince is not null) return;
        now = Clock.Normalize(now);
        deadline.MarkMissed(now);
        CopyForReports();
        Record(monitor, now, Status, Status, new DeadlineMissedDetails(deadline.Target, deadline.Round, deadline.DueAt));
        Notify(NoticeTemplates.DeadlineMissed, NoticeAudience.DepartmentSupervisors, $"missed:{deadline.Id}:{deadline.DueAt.ToUnixTimeSeconds()}",
            ("target", deadline.Target.ToString()), ("dueAt", Iso(deadline.DueAt)));
        if (deadline.Target is SlaTarget.Resolution or SlaTarget.Review && PendingEscalation is null)
            Escalate(new EscalationReport(
                $"The {deadline.Target} deadline of {TimeZoneInfo.ConvertTime(deadline.DueAt, bankZone):yyyy-MM-dd HH:mm} passed without a decision to the customer.",
                "Not recorded: raised automatically by the deadline monitor.",
                DesiredOutcome ?? "Not recorded.",
                $"Status when the deadline passed: {Status}; {_steps.Count} handling steps recorded.",
                Priority.High), monitor, now);
    }

    /// <summary>Queued by the monitor before a call-back promise falls due; the step remembers it so the reminder is sent once.</summary>
    public void RemindCallback(long stepId, DateTimeOffset now)
    {
        var step = _steps.FirstOrDefault(s => s.Id == stepId && s.Kind == HandlingStepKind.CallbackPromise)
            ?? throw new NotFoundException("Call-back promise", stepId);
        if (step.ReminderQueuedAt is not null) return;
        step.MarkReminded(Clock.Normalize(now));
        Notify(NoticeTemplates.CallbackDue, NoticeAudience.Owner, $"callback:{step.Id}",
            ("dueAt", Iso(step.DueAt!.Value)), ("text", step.Text));
    }

    /// <summary>Forgets the notices once they are in the outbox.</summary>
    public void ClearNotices() => _notices.Clear();

    private void StartClocks(SlaRules rules, DateTimeOffset now)
    {
        SlaProfile = rules.Profile.Code;
        foreach (var plan in rules.Plan(ReceivedAt, CategoryId, Priority))
            _deadlines.Add(new ComplaintDeadline(plan, 0, ReceivedAt, rules.Profile.Code));
        Reschedule(rules, now);
        // Taken at the counter or on the phone: the customer leaves with the number, which is the acknowledgement.
        if (Channel is Channel.Counter or Channel.Phone) Reach(now, SlaTarget.Acknowledgement);
    }

    private void Replan(SlaRules rules, DateTimeOffset now)
    {
        rules = rules.ForProfile(SlaProfile);
        var plans = rules.Plan(ReceivedAt, CategoryId, Priority).ToDictionary(p => p.Target);
        foreach (var d in _deadlines.Where(d => d.Round == 0 && d.IsRunning && d.Extensions == 0))
            if (plans.TryGetValue(d.Target, out var plan)) d.Replan(plan);
        Reschedule(rules, now);
    }

    private void StartReview(SlaRules rules, DateTimeOffset now)
    {
        rules = rules.ForProfile(SlaProfile);
        foreach (var d in _deadlines.Where(d => d.IsRunning)) d.Cancel(now);
        _deadlines.Add(new ComplaintDeadline(rules.PlanReview(now), AppealCount, now, rules.Profile.Code));
        Reschedule(rules, now);
    }

    /// <summary>Marks the targets that the change just reached (e.g. feedback reaches the decision).</summary>
    private void Reach(DateTimeOffset now, params SlaTarget[] targets)
    {
        foreach (var d in _deadlines.Where(d => d.IsRunning && targets.Contains(d.Target))) d.Complete(Clock.Normalize(now));
        UpdateDueSummary();
    }

    private void StopClocks(Actor by, DateTimeOffset now)
    {
        foreach (var d in _deadlines.Where(d => d.IsRunning)) d.Cancel(Clock.Normalize(now));
        if (_pauses.FirstOrDefault(p => p.IsActive) is { } pause) pause.End(by, Clock.Normalize(now));
        PausedSince = null;
        UpdateDueSummary();
    }

    private void Reschedule(SlaRules rules, DateTimeOffset now)
    {
        var pauses = PausedIntervals(now);
        foreach (var d in _deadlines) d.Reschedule(rules, pauses, now);
        UpdateDueSummary();
    }

    private void UpdateDueSummary()
    {
        if (DecisionDeadline is { } decision) ResponseDueAt = decision.DueAt;
        NextDueAt = _deadlines.Where(d => d.IsRunning).Select(d => (DateTimeOffset?)d.DueAt).Min() ?? ResponseDueAt;
        CopyForReports();
    }

    private List<PausedInterval> PausedIntervals(DateTimeOffset now) =>
        [.. _pauses.Where(p => !p.IsActive).Select(p => p.Interval(now))];

    private ComplaintDeadline RunningDeadline(long id) =>
        _deadlines.FirstOrDefault(d => d.Id == id && d.IsRunning) ?? throw new NotFoundException("Running deadline", id);

    private void Notify(string template, NoticeAudience audience, params (string Key, string? Value)[] data) =>
        Notify(template, audience, null, data);

    private void Notify(string template, NoticeAudience audience, string? dedupeKey, params (string Key, string? Value)[] data)
    {
        var values = new Dictionary<string, string?> { ["number"] = Number };
        // Every customer message names the customer and the deadline the desk is held to at that moment.
        if (audience == NoticeAudience.Customer)
        {
            values["customerName"] = Customer.Name;
            values["deadline"] = Iso(ResponseDueAt);
        }
        foreach (var (key, value) in data) values[key] = value;
        _notices.Add(new ComplaintNotice(template, audience, values, dedupeKey));
    }

    private static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
