namespace ComplaintDesk.Complaints.Timeline;

public sealed record SurveyAnsweredDetails(int Rating, string? Comment) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Comment = FreeText.Mask(Comment) };
}
