namespace ComplaintDesk.Complaints;

public enum Channel
{
    Counter,
    Phone,
    Website,
    MobileApp,
    Email,
    Letter,
    Regulator,
}
