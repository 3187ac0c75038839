namespace ComplaintDesk.Handling;

/// <summary>
/// The things people can do to a complaint after registration, each guarded by the aggregate
/// (<see cref="Complaint.Refusal"/>). How each is offered (route, role policy, form, texts) is in <see cref="CaseSteps"/>.
/// </summary>
public enum CaseAction
{
    Assign,
    Take,
    Start,
    RecordStep,
    Resolve,
    GiveFeedback,
    Confirm,
    Appeal,
    AnswerSurvey,
    Close,
    Withdraw,
    Escalate,
    DecideEscalation,
    Pause,
    Resume,
    RequestExtension,
    DecideExtension,
}
