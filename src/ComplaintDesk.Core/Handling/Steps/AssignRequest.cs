namespace ComplaintDesk.Handling.Steps;

/// <param name="HandlerId">Leave empty to route to the department's queue without a named handler yet.</param>
public sealed record AssignRequest(long? DepartmentId, long? HandlerId);

public sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator()
    {
        RuleFor(r => r.DepartmentId).NotNull().GreaterThan(0);
        RuleFor(r => r.HandlerId).GreaterThan(0);
    }
}
