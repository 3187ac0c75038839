using ComplaintDesk.Handling;

namespace ComplaintDesk.Complaints;

/// <summary>
/// What the customer may answer now. The transitions guard with these same predicates, so the customer's page offers
/// exactly the buttons the aggregate will accept.
/// </summary>
public sealed partial class Complaint
{
    /// <summary>The result has been told and waits for the customer's word.</summary>
    public bool MayConfirm(DateTimeOffset now) => Status == ComplaintStatus.AwaitingConfirmation;

    /// <summary>Waiting for the customer's word, or closed for want of it less than <see cref="AppealWindow"/> ago.</summary>
    public bool MayAppeal(DateTimeOffset now) =>
        Status == ComplaintStatus.AwaitingConfirmation
        || (Status == ComplaintStatus.Closed
            && Closure?.Reason == ClosureReason.NoResponse
            && Common.Clock.Normalize(now) <= Closure.ClosedAt + AppealWindow);

    /// <summary>Closed and not rated yet (one answer per complaint): the survey step's own answer, not a copy of it.</summary>
    public bool MayAnswerSurvey(DateTimeOffset now) => StateRefusal(CaseAction.AnswerSurvey, Actor.Customer, now, null) is null;
}
