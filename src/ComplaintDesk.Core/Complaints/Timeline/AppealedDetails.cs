namespace ComplaintDesk.Complaints.Timeline;

/// <param name="Appeal">The appeal's number on this complaint, from 1.</param>
public sealed record AppealedDetails(string Reason, int Appeal) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Reason = FreeText.Mask(Reason) };
}
