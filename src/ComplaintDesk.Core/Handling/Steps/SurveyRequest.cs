namespace ComplaintDesk.Handling.Steps;

public sealed record SurveyRequest(int? Rating, string? Comment);

public sealed class SurveyRequestValidator : AbstractValidator<SurveyRequest>
{
    public SurveyRequestValidator()
    {
        RuleFor(r => r.Rating).NotNull().InclusiveBetween(SatisfactionSurvey.LowestRating, SatisfactionSurvey.HighestRating);
        RuleFor(r => r.Comment).MaximumLength(Limits.MediumText);
    }
}
