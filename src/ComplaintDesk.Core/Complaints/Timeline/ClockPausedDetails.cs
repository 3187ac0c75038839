namespace ComplaintDesk.Complaints.Timeline;

public sealed record ClockPausedDetails(string Reason) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Reason = FreeText.Mask(Reason) };
}
