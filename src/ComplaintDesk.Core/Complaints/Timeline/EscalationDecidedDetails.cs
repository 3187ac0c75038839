namespace ComplaintDesk.Complaints.Timeline;

public sealed record EscalationDecidedDetails(int Level, string Decision) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Decision = FreeText.Mask(Decision) };
}
