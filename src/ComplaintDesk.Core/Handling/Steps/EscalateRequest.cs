namespace ComplaintDesk.Handling.Steps;

public sealed record EscalateRequest(
    string? Problem,
    string? CustomerMood,
    string? CustomerExpectation,
    string? ActionsTaken,
    Priority? Urgency);

public sealed class EscalateRequestValidator : AbstractValidator<EscalateRequest>
{
    public EscalateRequestValidator()
    {
        RuleFor(r => r.Problem).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(r => r.CustomerMood).NotEmpty().MaximumLength(Limits.MediumText);
        RuleFor(r => r.CustomerExpectation).NotEmpty().MaximumLength(Limits.MediumText);
        RuleFor(r => r.ActionsTaken).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(r => r.Urgency).NotNull().IsInEnum();
    }
}
