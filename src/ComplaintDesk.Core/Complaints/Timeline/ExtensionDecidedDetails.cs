namespace ComplaintDesk.Complaints.Timeline;

/// <param name="Reason">The handler's reason for the request, repeated so the customer reads why the date moved.</param>
public sealed record ExtensionDecidedDetails(int Sequence, bool Approved, string? Comment, string Reason, DateTimeOffset ResponseDueAt)
    : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Comment = FreeText.Mask(Comment), Reason = FreeText.Mask(Reason) };
}
