namespace ComplaintDesk.Complaints;

public enum ClosureReason
{
    Confirmed,
    NoResponse,
    Withdrawn,
}
