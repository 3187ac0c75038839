using ComplaintDesk.Clocks;

namespace ComplaintDesk.Complaints.Timeline;

public sealed record DeadlineMissedDetails(SlaTarget Target, int Round, DateTimeOffset DueAt) : ITimelineDetails;
