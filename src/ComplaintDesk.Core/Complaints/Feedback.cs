namespace ComplaintDesk.Complaints;

/// <summary>The result as it was communicated to the customer.</summary>
public sealed record Feedback(FeedbackChannel Channel, string Summary, DateTimeOffset GivenAt, string GivenByName, string GivenByStaffNumber);
