namespace ComplaintDesk.Complaints;

/// <summary>The customer's rating of how the complaint was handled, given once after closure (满意度评价).</summary>
public sealed record SatisfactionSurvey(int Rating, string? Comment, DateTimeOffset AnsweredAt)
{
    public const int LowestRating = 1;
    public const int HighestRating = 5;
}
