namespace ComplaintDesk.ReferenceData;

public sealed record DepartmentRequest(string? Code, string? Name, bool? IsActive);

public sealed class DepartmentRequestValidator : AbstractValidator<DepartmentRequest>
{
    public DepartmentRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(Limits.Code).Matches("^[A-Z0-9_]+$")
            .WithMessage("'Code' may contain only capital letters, digits and underscores.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Limits.Name);
    }
}
