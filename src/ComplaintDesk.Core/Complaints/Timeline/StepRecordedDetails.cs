namespace ComplaintDesk.Complaints.Timeline;

/// <param name="DueAt">The time a call-back was promised for; null for other kinds of step.</param>
public sealed record StepRecordedDetails(HandlingStepKind Kind, string Text, DateTimeOffset? DueAt) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Text = FreeText.Mask(Text) };
}
