namespace ComplaintDesk.ReferenceData;

public sealed record CategoryRequest(string? Code, string? Name, string? NameEn, bool? IsActive);

public sealed class CategoryRequestValidator : AbstractValidator<CategoryRequest>
{
    public CategoryRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(Limits.Code).Matches("^[A-Z0-9_]+$")
            .WithMessage("'Code' may contain only capital letters, digits and underscores.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(r => r.NameEn).NotEmpty().MaximumLength(Limits.Name);
    }
}
