namespace ComplaintDesk.Complaints;

public enum ComplaintStatus
{
    Registered,
    Assigned,
    InProgress,
    Resolved,
    AwaitingConfirmation,
    Closed,
    Reopened,
    Withdrawn,
}
