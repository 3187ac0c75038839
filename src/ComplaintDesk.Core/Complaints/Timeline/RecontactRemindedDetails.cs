namespace ComplaintDesk.Complaints.Timeline;

/// <param name="Reminder">The reminder's number since the result was given, from 1.</param>
public sealed record RecontactRemindedDetails(int Reminder, DateTimeOffset FeedbackGivenAt) : ITimelineDetails;
