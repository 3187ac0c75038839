namespace ComplaintDesk.Complaints;

public enum TimelineEventType
{
    Registered,
    Assigned,
    HandlingStarted,
    StepRecorded,
    Resolved,
    FeedbackGiven,
    Confirmed,
    Appealed,
    Closed,
    Withdrawn,
    Escalated,
    EscalationDecided,
    Recategorized,
    ClockPaused,
    ClockResumed,
    ExtensionRequested,
    ExtensionDecided,
    DeadlineMissed,
    SurveyAnswered,
    RecontactReminded,
    CallbackBroken,
}
