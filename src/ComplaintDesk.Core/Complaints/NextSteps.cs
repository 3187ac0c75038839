using ComplaintDesk.Common;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Complaints;

/// <summary>
/// What a complaint's status and ownership let this person do next: the same guards as the transitions in
/// Complaint.Lifecycle.cs (a unit test holds the two together), so a page offers only steps that will succeed.
/// Role policies narrow the set further at the edge.
/// </summary>
public static class NextSteps
{
    public static IReadOnlySet<CaseAction> For(ComplaintView c, Actor viewer, long? viewerDepartmentId, DateTimeOffset now)
    {
        var open = ComplaintRules.IsOpen(c.Status);
        var owner = viewer.IsInRole(Roles.Supervisor) || viewer.StaffId == c.Assignment.HandlerId;
        var pendingEscalation = c.Escalations.Any(e => e.DecidedAt is null);
        var unownedInMyDepartment = c.Assignment is { HandlerId: null, DepartmentId: { } department }
            && department == viewerDepartmentId && viewer.IsInRole(Roles.Handler);
        var appealable = c.Status == ComplaintStatus.AwaitingConfirmation
            || (c.Status == ComplaintStatus.Closed && c.Closure is { Reason: ClosureReason.NoResponse } closure
                && Clock.Normalize(now) <= closure.ClosedAt + Complaint.AppealWindow);

        var beforeDecision = open && c.Status != ComplaintStatus.AwaitingConfirmation;
        var paused = c.Clocks.PausedSince is not null;
        var pendingExtension = c.Clocks.Extensions.FirstOrDefault(e => e.Approved is null);
        var decision = c.Clocks.Deadlines.Where(d => d.Target is Sla.SlaTarget.Resolution or Sla.SlaTarget.Review)
            .OrderByDescending(d => d.Round).FirstOrDefault();
        var rungsLeft = decision is { CompletedAt: null, Target: Sla.SlaTarget.Resolution } && Sla.RegulatoryProfile.Find(c.Clocks.Profile) is { } profile
            && decision.Extensions < profile.Extensions.Count;

        var next = new HashSet<CaseAction>();
        void When(bool allowed, CaseAction action)
        {
            if (allowed) next.Add(action);
        }
        When(open, CaseAction.Assign);
        When(open && unownedInMyDepartment, CaseAction.Take);
        When(c.Status == ComplaintStatus.Assigned && owner, CaseAction.Start);
        When(open, CaseAction.RecordStep);
        When(c.Status == ComplaintStatus.InProgress && owner, CaseAction.Resolve);
        When(c.Status == ComplaintStatus.Resolved && owner, CaseAction.GiveFeedback);
        When(c.Status == ComplaintStatus.AwaitingConfirmation, CaseAction.Confirm);
        When(appealable, CaseAction.Appeal);
        When(c.Status == ComplaintStatus.AwaitingConfirmation && owner, CaseAction.Close);
        When(open, CaseAction.Withdraw);
        When(open && !pendingEscalation, CaseAction.Escalate);
        When(pendingEscalation, CaseAction.DecideEscalation);
        When(beforeDecision && !paused && owner, CaseAction.Pause);
        When(paused && owner, CaseAction.Resume);
        When(beforeDecision && owner && pendingExtension is null && rungsLeft, CaseAction.RequestExtension);
        When(pendingExtension is not null && (viewer.IsInRole(pendingExtension.ApproverRole) || viewer.IsInRole(Roles.Manager)),
            CaseAction.DecideExtension);
        return next;
    }
}
