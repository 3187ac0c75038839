namespace ComplaintDesk.Handling.Steps;

/// <summary>Closing after the customer did not answer; the comment says what contact attempts were made.</summary>
public sealed record CloseRequest(string? Comment);

public sealed class CloseRequestValidator : AbstractValidator<CloseRequest>
{
    public CloseRequestValidator()
    {
        RuleFor(r => r.Comment).NotEmpty().MaximumLength(Limits.MediumText);
    }
}
