namespace ComplaintDesk.Handling.Steps;

public sealed record ResolveRequest(
    string? Outcome,
    string? MeasuresTaken,
    string? ImprovementPlan,
    bool? Upheld,
    string? RootCause,
    decimal? RedressAmount,
    bool? PartlyUpheld = null);

public sealed class ResolveRequestValidator : AbstractValidator<ResolveRequest>
{
    public ResolveRequestValidator()
    {
        RuleFor(r => r.Outcome).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(r => r.MeasuresTaken).NotEmpty().MaximumLength(Limits.LongText);
        RuleFor(r => r.ImprovementPlan).MaximumLength(Limits.LongText);
        RuleFor(r => r.Upheld).NotNull();
        RuleFor(r => r.PartlyUpheld).Must((r, partly) => partly != true || r.Upheld == true)
            .WithMessage("Only an upheld complaint can be partly upheld.");
        RuleFor(r => r.RootCause).MaximumLength(Limits.MediumText);
        RuleFor(r => r.RedressAmount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m).PrecisionScale(14, 2, ignoreTrailingZeros: true);
    }
}
