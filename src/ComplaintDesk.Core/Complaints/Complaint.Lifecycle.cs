using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Timeline;
using ComplaintDesk.Escalations;
using ComplaintDesk.Handling;

namespace ComplaintDesk.Complaints;

public sealed partial class Complaint
{
    /// <summary>How long after a no-response closure the customer may still ask for a review (CBIRC: 30 days).</summary>
    public static readonly TimeSpan AppealWindow = TimeSpan.FromDays(30);

    public void Assign(long departmentId, Assignee? handler, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Assign, by, now);
        var from = Status;
        DepartmentId = departmentId;
        AssigneeId = handler?.StaffId;
        AssigneeName = handler?.Name;
        AssigneeStaffNumber = handler?.StaffNumber;
        AssignedById = by.StaffId;
        AssignedByName = by.Name;
        AssignedAt = Clock.Normalize(now);
        // A new owner must pick the case up again; after the result is given only the owner changes.
        if (Status is ComplaintStatus.Registered or ComplaintStatus.Reopened or ComplaintStatus.Assigned or ComplaintStatus.InProgress)
            Status = ComplaintStatus.Assigned;
        Record(by, now, from, Status, new AssignedDetails(departmentId, handler?.StaffId, handler?.Name, handler?.StaffNumber));
        // Someone taking a case knows it already; a case handed to them by another must reach them unasked.
        if (handler is not null && handler.StaffId != by.StaffId)
            Notify(NoticeTemplates.AssignedToYou, NoticeAudience.Owner, ("assignedByName", by.Name), ("assignedByStaffNo", by.StaffNumber),
                ("handlerName", handler.Name), ("handlerStaffNo", handler.StaffNumber), ("deadline", Iso(ResponseDueAt)),
                ("priority", Priority.ToString()));
    }

    /// <summary>A handler picks up an unowned complaint waiting in their own department's queue.</summary>
    public void Take(Actor handler, long? handlerDepartmentId, DateTimeOffset now)
    {
        Demand(CaseAction.Take, handler, now, handlerDepartmentId);
        Assign(DepartmentId!.Value, new Assignee(handler.StaffId, handler.Name, handler.StaffNumber), handler, now);
    }

    /// <summary>Triage corrects the type and priority, typically of channel intake that arrived "Unclassified".</summary>
    public void Recategorize(long categoryId, Priority priority, Actor by, DateTimeOffset now, Clocks.SlaRules rules)
    {
        Require("re-categorise", IsOpen);
        if (categoryId == CategoryId && priority == Priority)
            throw new RuleViolationException("categoryId", "The complaint already has this category and priority.");
        var before = new RecategorizedDetails.Before(CategoryId, Priority);
        CategoryId = categoryId;
        Priority = priority;
        // The deadlines follow the new category's policy unless a person has already extended them.
        Replan(rules, Clock.Normalize(now));
        Record(by, now, Status, Status, new RecategorizedDetails(before, categoryId, priority, ResponseDueAt));
    }

    public void StartHandling(Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Start, by, now);
        Reach(now, Clocks.SlaTarget.Acknowledgement);
        Move(ComplaintStatus.InProgress, by, now, new HandlingStartedDetails(), customerVisible: true);
    }

    public HandlingStep RecordStep(HandlingStepKind kind, string text, bool customerVisible, Actor by, DateTimeOffset now,
        DateTimeOffset? dueAt = null)
    {
        Demand(CaseAction.RecordStep, by, now);
        now = Clock.Normalize(now);
        if (kind == HandlingStepKind.CallbackPromise)
        {
            if (dueAt is null || dueAt <= now)
                throw new RuleViolationException("dueAt", "A call-back promise needs a time in the future.");
            dueAt = Clock.Normalize(dueAt.Value);
        }
        else dueAt = null;
        var visible = customerVisible && kind != HandlingStepKind.InternalNote;
        var step = new HandlingStep(kind, text, visible, dueAt, by, now);
        _steps.Add(step);
        if (kind == HandlingStepKind.CustomerContact)
        {
            Reach(now, Clocks.SlaTarget.Acknowledgement, Clocks.SlaTarget.FirstContact);
            KeepPromises(now);
        }
        Record(by, now, Status, Status, new StepRecordedDetails(kind, text, dueAt), visible);
        return step;
    }

    public void Resolve(Resolution resolution, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Resolve, by, now);
        Resolution = resolution;
        ResolvedAt = Clock.Normalize(now);
        Move(ComplaintStatus.Resolved, by, now, ResolvedDetails.Of(resolution), customerVisible: true);
    }

    public void RecordFeedback(FeedbackChannel channel, string summary, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.GiveFeedback, by, now);
        Feedback = new Feedback(channel, summary, Clock.Normalize(now), by.Name, by.StaffNumber);
        // Telling the customer the decision is what every regulator's clock waits for.
        Reach(now, Clocks.SlaTarget.Acknowledgement, Clocks.SlaTarget.FirstContact, Clocks.SlaTarget.Resolution, Clocks.SlaTarget.Review);
        KeepPromises(Clock.Normalize(now));
        Move(ComplaintStatus.AwaitingConfirmation, by, now, new FeedbackGivenDetails(channel, summary), customerVisible: true);
        // In writing as well, whatever channel the result was given on: the customer keeps the name and staff number.
        Notify(NoticeTemplates.ResultFeedback, NoticeAudience.Customer, ("handlerName", by.Name), ("handlerStaffNo", by.StaffNumber),
            ("result", Resolution?.Outcome), ("measures", Resolution?.MeasuresTaken), ("improvementPlan", Resolution?.ImprovementPlan),
            ("summary", summary));
    }

    public void Confirm(bool customerSatisfied, string? comment, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Confirm, by, now);
        Closure = new Closure(ClosureReason.Confirmed, customerSatisfied, comment, Clock.Normalize(now));
        Move(ComplaintStatus.Closed, by, now, new ConfirmedDetails(ClosureReason.Confirmed, customerSatisfied, comment), customerVisible: true);
        NotifyClosed();
    }

    public void Appeal(string reason, Actor by, DateTimeOffset now, Clocks.SlaRules rules)
    {
        Demand(CaseAction.Appeal, by, now);
        AppealCount++;
        _appeals.Add(new Appeal(AppealCount, reason, by, Clock.Normalize(now)));
        Closure = null;
        StartReview(rules, Clock.Normalize(now));
        Move(ComplaintStatus.Reopened, by, now, new AppealedDetails(reason, AppealCount), customerVisible: true);
    }

    /// <summary>The customer rates the handling once, after the complaint is closed.</summary>
    public void AnswerSurvey(int rating, string? comment, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.AnswerSurvey, by, now);
        if (rating is < SatisfactionSurvey.LowestRating or > SatisfactionSurvey.HighestRating)
            throw new RuleViolationException("rating",
                $"The rating is from {SatisfactionSurvey.LowestRating} to {SatisfactionSurvey.HighestRating}.");
        Survey = new SatisfactionSurvey(rating, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), Clock.Normalize(now));
        CopyForReports();
        Record(by, now, Status, Status, new SurveyAnsweredDetails(rating, Survey.Comment), customerVisible: true);
    }

    public void CloseWithoutResponse(string? comment, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Close, by, now);
        Closure = new Closure(ClosureReason.NoResponse, null, comment, Clock.Normalize(now));
        Move(ComplaintStatus.Closed, by, now, new ClosedDetails(ClosureReason.NoResponse, comment), customerVisible: true);
        NotifyClosed();
    }

    public void Withdraw(string reason, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Withdraw, by, now);
        Closure = new Closure(ClosureReason.Withdrawn, null, reason, Clock.Normalize(now));
        StopClocks(by, now);
        Move(ComplaintStatus.Withdrawn, by, now, new WithdrawnDetails(reason), customerVisible: true);
    }

    public Escalation Escalate(EscalationReport report, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.Escalate, by, now);
        EscalationLevel++;
        var escalation = new Escalation(EscalationLevel, report, by, Clock.Normalize(now));
        _escalations.Add(escalation);
        Record(by, now, Status, Status, EscalatedDetails.Of(report), customerVisible: false);
        return escalation;
    }

    public void DecideEscalation(string decision, Actor by, DateTimeOffset now)
    {
        Demand(CaseAction.DecideEscalation, by, now);
        var pending = PendingEscalation!;
        pending.Decide(decision, by, Clock.Normalize(now));
        Record(by, now, Status, Status, new EscalationDecidedDetails(pending.Level, decision), customerVisible: false);
    }

    public Escalation? PendingEscalation => _escalations.FirstOrDefault(e => e.IsPending);

    /// <summary>The closure notice (with the appeal window after a no-response closure) and the survey invitation.</summary>
    private void NotifyClosed()
    {
        var reason = Closure!.Reason;
        Notify(NoticeTemplates.Closed, NoticeAudience.Customer, ("closureReason", reason.ToString()), ("closedAt", Iso(Closure.ClosedAt)),
            ("appealUntil", reason == ClosureReason.NoResponse ? Iso(Closure.ClosedAt + AppealWindow) : null),
            ("handlerName", AssigneeName), ("handlerStaffNo", AssigneeStaffNumber));
        Notify(NoticeTemplates.SurveyInvitation, NoticeAudience.Customer, $"survey:{Id}:{AppealCount}",
            ("handlerName", AssigneeName), ("handlerStaffNo", AssigneeStaffNumber));
    }

    private void Require(string action, bool allowed)
    {
        if (!allowed) throw new IllegalTransitionException(action, Status.ToString());
    }

    private void Move(ComplaintStatus to, Actor by, DateTimeOffset now, ITimelineDetails details, bool customerVisible)
    {
        var from = Status;
        Status = to;
        Record(by, now, from, to, details, customerVisible);
    }
}
