namespace ComplaintDesk.Complaints.Timeline;

public sealed record RecategorizedDetails(
    RecategorizedDetails.Before From, long CategoryId, Priority Priority, DateTimeOffset? ResponseDueAt) : ITimelineDetails
{
    public sealed record Before(long CategoryId, Priority Priority);
}
