namespace ComplaintDesk.Complaints.Timeline;

public sealed record RegisteredDetails(
    string Number, Channel Channel, long CategoryId, Priority Priority, DateTimeOffset? ResponseDueAt, string? SlaProfile)
    : ITimelineDetails;
