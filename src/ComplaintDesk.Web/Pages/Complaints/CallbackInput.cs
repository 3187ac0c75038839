using ComplaintDesk.Data;
using FluentValidation;

namespace ComplaintDesk.Web.Pages.Complaints;

/// <summary>A call-back promise as typed on the case page: the due time is wall-clock time in the display zone.</summary>
public sealed record CallbackInput(string? Text, DateTime? DueAt, bool? CustomerVisible);

public sealed class CallbackInputValidator : AbstractValidator<CallbackInput>
{
    public CallbackInputValidator()
    {
        RuleFor(i => i.Text).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(i => i.DueAt).NotNull();
    }
}
