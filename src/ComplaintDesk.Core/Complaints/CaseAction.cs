namespace ComplaintDesk.Complaints;

/// <summary>The things staff can do to a complaint after registration, one per transition of the aggregate.</summary>
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
    Close,
    Withdraw,
    Escalate,
    DecideEscalation,
    Pause,
    Resume,
    RequestExtension,
    DecideExtension,
}
