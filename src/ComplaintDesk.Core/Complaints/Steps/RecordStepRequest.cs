using ComplaintDesk.Data;
using FluentValidation;

namespace ComplaintDesk.Complaints.Steps;

public sealed record RecordStepRequest(HandlingStepKind? Kind, string? Text, bool? CustomerVisible);

public sealed class RecordStepRequestValidator : AbstractValidator<RecordStepRequest>
{
    public RecordStepRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Limits.LongText);
    }
}
