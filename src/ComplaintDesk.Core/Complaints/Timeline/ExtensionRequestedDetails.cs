namespace ComplaintDesk.Complaints.Timeline;

/// <param name="ApproverRole">The role whose approval the request waits for.</param>
public sealed record ExtensionRequestedDetails(int Sequence, string Reason, DateTimeOffset ProposedDueAt, string ApproverRole)
    : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Reason = FreeText.Mask(Reason) };
}
