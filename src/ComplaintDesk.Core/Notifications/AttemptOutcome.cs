namespace ComplaintDesk.Notifications;

public enum AttemptOutcome
{
    Sent,
    Failed,
}
