namespace ComplaintDesk.Handling.Steps;

public sealed record ConfirmRequest(bool? CustomerSatisfied, string? Comment);

public sealed class ConfirmRequestValidator : AbstractValidator<ConfirmRequest>
{
    public ConfirmRequestValidator()
    {
        RuleFor(r => r.CustomerSatisfied).NotNull();
        RuleFor(r => r.Comment).MaximumLength(Limits.MediumText);
    }
}
