namespace ComplaintDesk.Complaints.Timeline;

/// <param name="Reason">Always <see cref="ClosureReason.Confirmed"/>.</param>
public sealed record ConfirmedDetails(ClosureReason Reason, bool CustomerSatisfied, string? Comment) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Comment = FreeText.Mask(Comment) };
}
