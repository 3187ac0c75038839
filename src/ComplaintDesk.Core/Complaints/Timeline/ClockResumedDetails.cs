namespace ComplaintDesk.Complaints.Timeline;

public sealed record ClockResumedDetails(DateTimeOffset PausedFrom, DateTimeOffset ResponseDueAt) : ITimelineDetails;
