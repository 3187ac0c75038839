namespace ComplaintDesk.CustomerPortal;

/// <summary>The customer accepts the result, saying whether they are satisfied.</summary>
/// <param name="ResultGivenAt">When the result being accepted was given (<see cref="CustomerResult.GivenAt"/>), so an
/// answer to a result since replaced is refused; absent, as from older clients, no such check is made.</param>
public sealed record CustomerConfirmRequest(bool? Satisfied, string? Comment, DateTimeOffset? ResultGivenAt);

public sealed class CustomerConfirmRequestValidator : AbstractValidator<CustomerConfirmRequest>
{
    public const string SatisfiedMissing = "Please say whether you are satisfied with how we handled your complaint.";

    public CustomerConfirmRequestValidator()
    {
        // Silence is not a yes: a satisfaction figure counted from unanswered questions would mislead the reports.
        RuleFor(r => r.Satisfied).NotNull().WithMessage(SatisfiedMissing);
        RuleFor(r => r.Comment).MaximumLength(Limits.MediumText);
    }
}
