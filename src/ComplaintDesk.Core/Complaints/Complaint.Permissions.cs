using ComplaintDesk.Clocks;
using ComplaintDesk.Escalations;
using ComplaintDesk.Handling;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Complaints;

/// <summary>
/// May this person take this action now, and if not, why: the one answer behind the transitions (which throw it), the
/// case page (which offers only the forms it allows) and the API (whose refusal codes are its errors).
/// </summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Null when <paramref name="actor"/> may take <paramref name="action"/> now; otherwise the error the step would
    /// fail with: the role (<see cref="CaseSteps.PolicyOf"/>), then the status, ownership and pending state.
    /// </summary>
    /// <param name="actorDepartmentId">The actor's current department, for taking a complaint from the department queue.</param>
    public DomainException? Refusal(CaseAction action, Actor actor, DateTimeOffset now, long? actorDepartmentId = null) =>
        RoleRefusal(action, actor) ?? StateRefusal(action, actor, now, actorDepartmentId);

    /// <summary>The transitions' guard: the role is checked at the edge (the route's or page's policy), the rest here.</summary>
    private void Demand(CaseAction action, Actor by, DateTimeOffset now, long? actorDepartmentId = null)
    {
        if (StateRefusal(action, by, now, actorDepartmentId) is { } refusal) throw refusal;
    }

    private static DomainException? RoleRefusal(CaseAction action, Actor actor) =>
        CaseSteps.PolicyOf(action) is { } policy && !Policies.Allows(policy, actor.IsInRole)
            ? new ForbiddenActionException("Your role may not do this.")
            : null;

    private DomainException? StateRefusal(CaseAction action, Actor actor, DateTimeOffset now, long? actorDepartmentId) => action switch
    {
        CaseAction.Assign => Unless(IsOpen, "assign"),
        CaseAction.Take => TakeRefusal(actor, actorDepartmentId),
        CaseAction.Start => Unless(Status == ComplaintStatus.Assigned, "start handling") ?? OwnerRefusal(actor),
        CaseAction.RecordStep => Unless(IsOpen, "record a step on"),
        CaseAction.Resolve => Unless(Status == ComplaintStatus.InProgress, "resolve") ?? OwnerRefusal(actor),
        CaseAction.GiveFeedback => Unless(Status == ComplaintStatus.Resolved, "give feedback on") ?? OwnerRefusal(actor),
        CaseAction.Confirm => Unless(MayConfirm(now), "confirm"),
        CaseAction.Appeal => Unless(MayAppeal(now), "appeal"),
        CaseAction.AnswerSurvey => Unless(Status == ComplaintStatus.Closed, "answer the satisfaction survey on")
            ?? Unless(Survey is null, "answer the satisfaction survey on", $"The satisfaction survey of complaint {Number} has already been answered."),
        CaseAction.Close => Unless(Status == ComplaintStatus.AwaitingConfirmation, "close") ?? OwnerRefusal(actor),
        CaseAction.Withdraw => Unless(IsOpen, "withdraw"),
        CaseAction.Escalate => Unless(IsOpen, "escalate")
            ?? Unless(PendingEscalation is null, "escalate", "This complaint already has an escalation waiting for a supervisor's decision."),
        CaseAction.DecideEscalation =>
            Unless(PendingEscalation is not null, "decide an escalation on", "This complaint has no escalation waiting for a decision."),
        CaseAction.Pause => Unless(BeforeDecision && PausedSince is null, "pause the clocks of") ?? OwnerRefusal(actor),
        CaseAction.Resume => Unless(_pauses.Any(p => p.IsActive), "resume the clocks of", "The clocks of this complaint are not paused.")
            ?? OwnerRefusal(actor),
        CaseAction.RequestExtension => ExtensionRequestRefusal(actor),
        CaseAction.DecideExtension => ExtensionDecisionRefusal(actor),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Still open and the customer not yet told the decision: the clocks can stand still or be extended.</summary>
    private bool BeforeDecision => ComplaintRules.HasRunningDeadline(Status);

    private DomainException? Unless(bool allowed, string action, string? reason = null) =>
        allowed ? null : new IllegalTransitionException(action, Status.ToString(), reason);

    /// <summary>One owner at a time: only the assigned handler (or a supervisor) works the case.</summary>
    private DomainException? OwnerRefusal(Actor actor) =>
        actor.IsInRole(Roles.Supervisor) || actor.StaffId == AssigneeId
            ? null
            : new ForbiddenActionException($"Complaint {Number} is assigned to {AssigneeName ?? "nobody"}; only the owner or a supervisor may do this.");

    private DomainException? TakeRefusal(Actor handler, long? handlerDepartmentId)
    {
        if (!IsOpen || AssigneeId is not null || DepartmentId is null)
            return Unless(false, "take", AssigneeId is null ? null : $"Complaint {Number} already has a handler.");
        return handler.IsInRole(Roles.Handler) && handlerDepartmentId == DepartmentId
            ? null
            : new ForbiddenActionException($"Complaint {Number} is not waiting in your department's queue.");
    }

    private DomainException? ExtensionRequestRefusal(Actor actor)
    {
        var deadline = DecisionDeadline;
        if ((Unless(BeforeDecision && deadline is { IsRunning: true }, "extend the deadline of") ?? OwnerRefusal(actor)) is { } refused)
            return refused;
        if (PendingExtension is not null)
            return Unless(false, "request an extension on", "An extension request is already waiting for a decision.");
        var profile = RegulatoryProfile.Find(SlaProfile);
        if (profile is null || deadline!.Extensions >= profile.Extensions.Count)
            return new RuleViolationException("reason", $"The {profile?.Name ?? SlaProfile} rules allow no further extension.");
        // The ladders extend the first decision; a review clock (China: 30 days) is as long as the first rung already,
        // so an "extension" would tell the customer of no extra time.
        return deadline.Target == SlaTarget.Resolution
            ? null
            : new RuleViolationException("reason", "The review of an appeal has its own deadline and cannot be extended.");
    }

    private DomainException? ExtensionDecisionRefusal(Actor actor)
    {
        if (PendingExtension is not { } pending)
            return Unless(false, "decide an extension on", "No extension request is waiting for a decision.");
        // A Manager outranks a Supervisor; the second rung of the Chinese ladder needs "approval by a higher level".
        return actor.IsInRole(pending.ApproverRole) || actor.IsInRole(Roles.Manager)
            ? null
            : new ForbiddenActionException($"This extension needs approval by the {pending.ApproverRole} role.");
    }
}
