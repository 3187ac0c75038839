namespace ComplaintDesk.Handling.Steps;

/// <summary>
/// The reason for pausing the clocks or asking for an extension. Shorter than an appeal's reason: it is stored with
/// the pause or extension and goes to the customer in a notice.
/// </summary>
public sealed record ClockReasonRequest(string? Reason);

public sealed class ClockReasonRequestValidator : AbstractValidator<ClockReasonRequest>
{
    public ClockReasonRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Limits.MediumText);
    }
}
