namespace ComplaintDesk.Complaints;

/// <summary>How the result was told to the customer.</summary>
public enum FeedbackChannel
{
    Phone,
    Sms,
    Email,
    Letter,
    InPerson,
}
