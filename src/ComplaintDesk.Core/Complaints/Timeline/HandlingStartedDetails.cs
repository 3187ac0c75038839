namespace ComplaintDesk.Complaints.Timeline;

public sealed record HandlingStartedDetails : ITimelineDetails;
