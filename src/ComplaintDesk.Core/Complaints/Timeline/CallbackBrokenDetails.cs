namespace ComplaintDesk.Complaints.Timeline;

/// <param name="Text">The promise as the handler recorded it.</param>
public sealed record CallbackBrokenDetails(long StepId, DateTimeOffset? DueAt, string Text) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Text = FreeText.Mask(Text) };
}
