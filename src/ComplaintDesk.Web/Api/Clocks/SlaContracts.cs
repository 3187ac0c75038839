using ComplaintDesk.Clocks;
using ComplaintDesk.Data;
using FluentValidation;

namespace ComplaintDesk.Web.Api.Clocks;

public sealed record CalendarDayView(DateOnly Date, DayKind Kind, string Name);

/// <summary>A calendar with its exceptions; <c>version</c> is the concurrency token to send back as If-Match.</summary>
public sealed record CalendarView(string Code, string Name, string TimeZone, TimeOnly DayStart, TimeOnly DayEnd, int[] WorkingWeekdays,
    DateTimeOffset UpdatedAt, uint Version, IReadOnlyList<CalendarDayView> Days)
{
    public static CalendarView From(BusinessCalendar c) => new(c.Code, c.Name, c.TimeZone, c.DayStart, c.DayEnd, c.WorkingWeekdays,
        c.UpdatedAt, c.Version, [.. c.Days.OrderBy(d => d.Date).Select(d => new CalendarDayView(d.Date, d.Kind, d.Name))]);
}

/// <summary>
/// A policy. <c>version</c> rises with every edit and is what each complaint's deadlines record; <c>rowVersion</c> is the
/// concurrency token to send back as If-Match.
/// </summary>
public sealed record SlaPolicyView(long Id, string Name, long? CategoryId, Priority? Priority, SlaSpan Acknowledgement,
    SlaSpan FirstContact, SlaSpan Resolution, bool IsActive, int Version, uint RowVersion, DateTimeOffset UpdatedAt)
{
    public static SlaPolicyView From(SlaPolicy p) => new(p.Id, p.Name, p.CategoryId, p.Priority, p.Acknowledgement, p.FirstContact,
        p.Resolution, p.IsActive, p.Version, p.RowVersion, p.UpdatedAt);
}

/// <summary>A new calendar: its code (fixed once created) and its working week.</summary>
public sealed record NewCalendarRequest(string? Code, string? Name, string? TimeZone, TimeOnly? DayStart, TimeOnly? DayEnd, int[]? WorkingWeekdays)
{
    public CalendarRequest WorkingWeek() => new(Name, TimeZone, DayStart, DayEnd, WorkingWeekdays);
}

/// <summary>What one date is in a calendar; the date itself is in the route.</summary>
public sealed record CalendarDayChange(DayKind? Kind, string? Name)
{
    public CalendarDayRequest For(DateOnly date) => new(date, Kind, Name);
}

public sealed class NewCalendarRequestValidator : AbstractValidator<NewCalendarRequest>
{
    private static readonly CalendarRequestValidator WorkingWeek = new();

    public NewCalendarRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(16).Matches("^[A-Z0-9_]+$")
            .WithMessage("'Code' may contain only capital letters, digits and underscores.");
        // The working week's own rules, reported under the same field names as on PUT.
        RuleFor(r => r).Custom((r, context) =>
        {
            foreach (var failure in WorkingWeek.Validate(r.WorkingWeek()).Errors) context.AddFailure(failure);
        });
    }
}

public sealed class CalendarDayChangeValidator : AbstractValidator<CalendarDayChange>
{
    public CalendarDayChangeValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Limits.Name);
    }
}
