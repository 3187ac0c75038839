namespace ComplaintDesk.Handling.Steps;

/// <summary>A call-back promise as typed on the case page: the due time is wall-clock time in the bank's zone.</summary>
public sealed record CallbackRequest(string? Text, DateTime? DueAt, bool? CustomerVisible);

public sealed class CallbackRequestValidator : AbstractValidator<CallbackRequest>
{
    public CallbackRequestValidator()
    {
        RuleFor(i => i.Text).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(i => i.DueAt).NotNull();
    }
}
