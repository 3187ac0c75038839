namespace ComplaintDesk.Handling.Steps;

/// <param name="DueAt">Required for a call-back promise: when the customer was promised the call.</param>
public sealed record RecordStepRequest(HandlingStepKind? Kind, string? Text, bool? CustomerVisible, DateTimeOffset? DueAt = null);

public sealed class RecordStepRequestValidator : AbstractValidator<RecordStepRequest>
{
    public RecordStepRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(r => r.DueAt).NotNull().When(r => r.Kind == HandlingStepKind.CallbackPromise);
    }
}
