namespace ComplaintDesk.Complaints;

/// <summary>Where a promise to call the customer back stands.</summary>
public enum CallbackState
{
    Pending,
    Kept,
    Broken,
}
