namespace ComplaintDesk.Handling.Steps;

/// <summary>A supervisor's triage of one complaint: where it goes and, when given, a corrected category and priority.</summary>
/// <param name="CategoryId">Empty keeps the current category.</param>
/// <param name="Priority">Empty keeps the current priority.</param>
public sealed record TriageRequest(long? DepartmentId, long? HandlerId, long? CategoryId, Priority? Priority);

public sealed class TriageRequestValidator : AbstractValidator<TriageRequest>
{
    public TriageRequestValidator()
    {
        RuleFor(r => r.DepartmentId).Cascade(CascadeMode.Stop).NotEmpty().GreaterThan(0);
        RuleFor(r => r.HandlerId).GreaterThan(0);
        RuleFor(r => r.CategoryId).GreaterThan(0);
        RuleFor(r => r.Priority).IsInEnum();
    }
}
