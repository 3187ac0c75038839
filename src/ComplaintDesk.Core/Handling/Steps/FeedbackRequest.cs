namespace ComplaintDesk.Handling.Steps;

public sealed record FeedbackRequest(FeedbackChannel? Channel, string? Summary);

public sealed class FeedbackRequestValidator : AbstractValidator<FeedbackRequest>
{
    public FeedbackRequestValidator()
    {
        RuleFor(r => r.Channel).NotNull().IsInEnum();
        RuleFor(r => r.Summary).NotEmpty().MaximumLength(Limits.LongText);
    }
}
