using ComplaintDesk.Notifications;

namespace ComplaintDesk.Intake;

/// <param name="PreferredLanguage">zh-CN (the default) or en: the language of the messages the customer is sent.</param>
public sealed record CustomerInput(string? Name, string? Phone, string? Email, string? NationalId, string? CustomerReference,
    string? PreferredLanguage = null);

/// <param name="CategoryId">Omit for channel intake that has not been triaged: the complaint goes to "Unclassified".</param>
/// <param name="ReceivedAt">When the complaint reached the bank; defaults to now (letters and regulator referrals arrive earlier).</param>
public sealed record RegisterComplaintRequest(
    CustomerInput? Customer,
    Channel? Channel,
    DateTimeOffset? ReceivedAt,
    long? CategoryId,
    Priority? Priority,
    string? Description,
    string? DesiredOutcome);

public sealed class RegisterComplaintRequestValidator : AbstractValidator<RegisterComplaintRequest>
{
    public RegisterComplaintRequestValidator()
    {
        RuleFor(r => r.Customer).NotNull();
        RuleFor(r => r.Customer!).SetValidator(new CustomerInputValidator()).When(r => r.Customer is not null);
        RuleFor(r => r.Channel).NotNull().IsInEnum();
        RuleFor(r => r.Priority).IsInEnum();
        RuleFor(r => r.CategoryId).GreaterThan(0);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(r => r.DesiredOutcome).MaximumLength(Limits.MediumText);
    }
}

public sealed class CustomerInputValidator : AbstractValidator<CustomerInput>
{
    public CustomerInputValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(c => c.Phone).NotEmpty().MaximumLength(Limits.Phone)
            .Matches(@"^\+?[0-9][0-9 \-]{4,}[0-9]$").WithMessage("'Phone' must be a phone number of at least 6 characters (digits, spaces, dashes, optional leading +).");
        RuleFor(c => c.Email).MaximumLength(Limits.Email).EmailAddress();
        RuleFor(c => c.NationalId).MaximumLength(Limits.NationalId)
            .Matches("^[0-9A-Za-z]+$").WithMessage("'National Id' may contain only letters and digits.");
        RuleFor(c => c.CustomerReference).MaximumLength(Limits.Reference);
        RuleFor(c => c.PreferredLanguage).Must(l => l is null || MessageLanguages.All.Contains(l))
            .WithMessage("'Preferred Language' must be zh-CN or en.");
    }
}
