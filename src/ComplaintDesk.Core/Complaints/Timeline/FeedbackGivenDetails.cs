namespace ComplaintDesk.Complaints.Timeline;

public sealed record FeedbackGivenDetails(FeedbackChannel Channel, string Summary) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Summary = FreeText.Mask(Summary) };
}
