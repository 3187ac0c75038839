namespace ComplaintDesk.Complaints.Timeline;

public sealed record WithdrawnDetails(string Reason) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Reason = FreeText.Mask(Reason) };
}
