namespace ComplaintDesk.Handling.Steps;

/// <summary>Input for the steps that only need a reason: appeal and withdraw.</summary>
public sealed record ReasonRequest(string? Reason);

public sealed class ReasonRequestValidator : AbstractValidator<ReasonRequest>
{
    public ReasonRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Limits.LongText);
    }
}
