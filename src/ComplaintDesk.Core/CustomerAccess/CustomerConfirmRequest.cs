using ComplaintDesk.Data;
using FluentValidation;

namespace ComplaintDesk.CustomerAccess;

/// <summary>The customer accepts the result; without a word on satisfaction, accepting counts as satisfied.</summary>
public sealed record CustomerConfirmRequest(bool? Satisfied, string? Comment);

public sealed class CustomerConfirmRequestValidator : AbstractValidator<CustomerConfirmRequest>
{
    public CustomerConfirmRequestValidator()
    {
        RuleFor(r => r.Comment).MaximumLength(Limits.MediumText);
    }
}
