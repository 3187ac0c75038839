namespace ComplaintDesk.Complaints;

public enum Priority
{
    Low,
    Normal,
    High,
    Urgent,
}
