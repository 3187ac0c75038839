namespace ComplaintDesk.Handling.Steps;

public sealed record EscalationDecisionRequest(string? Decision);

public sealed class EscalationDecisionRequestValidator : AbstractValidator<EscalationDecisionRequest>
{
    public EscalationDecisionRequestValidator()
    {
        RuleFor(r => r.Decision).NotEmpty().MaximumLength(Limits.LongText);
    }
}
