namespace ComplaintDesk.Handling.Steps;

/// <summary>A supervisor's (or, for a second extension, a manager's) answer to an extension request.</summary>
public sealed record ExtensionDecisionRequest(bool? Approve, string? Comment);

public sealed class ExtensionDecisionRequestValidator : AbstractValidator<ExtensionDecisionRequest>
{
    public ExtensionDecisionRequestValidator()
    {
        RuleFor(r => r.Approve).NotNull();
        RuleFor(r => r.Comment).MaximumLength(Limits.MediumText);
        RuleFor(r => r.Comment).NotEmpty().When(r => r.Approve == false).WithMessage("Say why the extension is refused.");
    }
}
