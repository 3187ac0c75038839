namespace ComplaintDesk.Clocks;

/// <summary>A calendar's working week. Weekdays are ISO numbers (Monday = 1 … Sunday = 7); times are "HH:mm".</summary>
public sealed record CalendarRequest(string? Name, string? TimeZone, TimeOnly? DayStart, TimeOnly? DayEnd, int[]? WorkingWeekdays);

public sealed record CalendarDayRequest(DateOnly? Date, DayKind? Kind, string? Name);

public sealed record SpanRequest(int? Amount, SlaUnit? Unit)
{
    public SlaSpan ToSpan() => new(Amount!.Value, Unit!.Value);
}

public sealed record SlaPolicyRequest(string? Name, long? CategoryId, Priority? Priority, SpanRequest? Acknowledgement,
    SpanRequest? FirstContact, SpanRequest? Resolution, bool? IsActive);

public sealed record SlaSettingsRequest(string? ProfileCode, string? CalendarCode);

public sealed class CalendarRequestValidator : AbstractValidator<CalendarRequest>
{
    public CalendarRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(r => r.TimeZone).NotEmpty().MaximumLength(64)
            .Must(z => z is null || TimeZoneInfo.TryFindSystemTimeZoneById(z, out _)).WithMessage("Give an IANA time zone such as Asia/Shanghai.");
        RuleFor(r => r.DayStart).NotNull();
        // The condition guards only the comparison: a missing end is reported even when the start is missing too.
        RuleFor(r => r.DayEnd).NotNull().GreaterThan(r => r.DayStart).When(r => r.DayStart is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The working day must end after it starts.");
        RuleFor(r => r.WorkingWeekdays).NotEmpty();
        RuleForEach(r => r.WorkingWeekdays).InclusiveBetween(1, 7);
    }
}

public sealed class CalendarDayRequestValidator : AbstractValidator<CalendarDayRequest>
{
    public CalendarDayRequestValidator()
    {
        RuleFor(r => r.Date).NotNull();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Limits.Name);
    }
}

public sealed class SpanRequestValidator : AbstractValidator<SpanRequest>
{
    public SpanRequestValidator()
    {
        RuleFor(r => r.Amount).NotNull().InclusiveBetween(1, SlaSpan.MaxAmount);
        RuleFor(r => r.Unit).NotNull().IsInEnum();
    }
}

public sealed class SlaPolicyRequestValidator : AbstractValidator<SlaPolicyRequest>
{
    public SlaPolicyRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(r => r.Priority).IsInEnum();
        RuleFor(r => r.CategoryId).Must((r, category) => category is not null || r.Priority is not null)
            .WithMessage("Name a category, a priority or both; the profile's defaults cover everything else.");
        RuleFor(r => r.Acknowledgement).NotNull().SetValidator(new SpanRequestValidator()!);
        RuleFor(r => r.FirstContact).NotNull().SetValidator(new SpanRequestValidator()!);
        RuleFor(r => r.Resolution).NotNull().SetValidator(new SpanRequestValidator()!);
    }
}

public sealed class SlaSettingsRequestValidator : AbstractValidator<SlaSettingsRequest>
{
    public SlaSettingsRequestValidator()
    {
        RuleFor(r => r.ProfileCode).NotEmpty().Must(c => c is null || RegulatoryProfile.Find(c) is not null)
            .WithMessage($"Choose one of: {string.Join(", ", RegulatoryProfile.All.Select(p => p.Code))}.");
        RuleFor(r => r.CalendarCode).NotEmpty().MaximumLength(16);
    }
}
