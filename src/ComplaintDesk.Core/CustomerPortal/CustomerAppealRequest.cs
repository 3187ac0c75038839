namespace ComplaintDesk.CustomerPortal;

/// <summary>The customer disagrees with the result, giving a reason.</summary>
/// <param name="ResultGivenAt">When the result being appealed was given, checked as for a confirmation.</param>
public sealed record CustomerAppealRequest(string? Reason, DateTimeOffset? ResultGivenAt);

public sealed class CustomerAppealRequestValidator : AbstractValidator<CustomerAppealRequest>
{
    public CustomerAppealRequestValidator()
    {
        // The same rules as a staff-recorded appeal (ReasonRequest), which it becomes.
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Limits.LongText);
    }
}
