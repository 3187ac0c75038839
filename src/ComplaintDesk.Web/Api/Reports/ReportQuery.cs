using ComplaintDesk.Reports;
using FluentValidation;

namespace ComplaintDesk.Web.Api.Reports;

/// <summary>The period and filters of every report request (API query string and the dashboard's form).</summary>
public class ReportQuery
{
    /// <summary>First day of the period (yyyy-MM-dd, the bank's calendar).</summary>
    public DateOnly? From { get; set; }
    /// <summary>Last day of the period, included.</summary>
    public DateOnly? To { get; set; }
    public long? DepartmentId { get; set; }
    public Channel? Channel { get; set; }
    /// <summary>Trend points per Day (default) or Week.</summary>
    public ReportGranularity? Granularity { get; set; }
    /// <summary>"csv" for a download instead of JSON.</summary>
    public string? Format { get; set; }

    public bool WantsCsv => string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase);

    public ReportFilter ToFilter() => new(From!.Value, To!.Value, DepartmentId, Channel, Granularity ?? ReportGranularity.Day);

    /// <summary>The filter as a query string, for links from one report page to another.</summary>
    public string ToQueryString()
    {
        var parts = new List<string> { $"from={From:yyyy-MM-dd}", $"to={To:yyyy-MM-dd}" };
        if (DepartmentId is not null) parts.Add($"departmentId={DepartmentId}");
        if (Channel is not null) parts.Add($"channel={Channel}");
        if (Granularity is not null) parts.Add($"granularity={Granularity}");
        return string.Join('&', parts);
    }
}

public sealed class ReportQueryValidator : AbstractValidator<ReportQuery>
{
    public const string DayOutOfRange = "Give a day from 2000-01-01 to 2999-12-31.";

    public ReportQueryValidator()
    {
        RuleFor(q => q.From).NotNull();
        RuleFor(q => q.To).NotNull();
        RuleFor(q => q.From).Must(d => ReportFilter.IsReportable(d!.Value)).When(q => q.From is not null).WithMessage(DayOutOfRange);
        RuleFor(q => q.To).Must(d => ReportFilter.IsReportable(d!.Value)).When(q => q.To is not null).WithMessage(DayOutOfRange);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'To' must not be before 'From'.");
        RuleFor(q => q.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber < ReportFilter.MaxDays)
            .When(q => q.From is not null && q.To is not null)
            .WithMessage($"A report covers at most {ReportFilter.MaxDays} days (three years).");
        RuleFor(q => q.DepartmentId).GreaterThan(0);
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.Granularity).IsInEnum();
        RuleFor(q => q.Format).Must(f => f is null || f.Equals("csv", StringComparison.OrdinalIgnoreCase) || f.Equals("json", StringComparison.OrdinalIgnoreCase))
            .WithMessage("'Format' must be csv or json.");
    }
}

/// <summary>Query string of the drill-down list: the report filters plus the figure and the page.</summary>
public sealed class DrillDownQuery : ReportQuery
{
    /// <summary>A figure key of the dashboard, e.g. received, open:InProgress, sla:ack:missed, category:CARD.</summary>
    public string? Figure { get; set; }
    /// <summary>The nextCursor of the previous page.</summary>
    public string? Cursor { get; set; }
    /// <summary>1 to 200, default 50.</summary>
    public int? PageSize { get; set; }
}

public sealed class DrillDownQueryValidator : AbstractValidator<DrillDownQuery>
{
    public DrillDownQueryValidator(IValidator<ReportQuery> report, BankClock bank)
    {
        Include(report);
        RuleFor(q => q.Figure).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(f => FigureKeys.TryParse(f, bank.Zone, out _)).WithMessage("'Figure' is not a figure of the dashboard.");
        RuleFor(q => q.Cursor).Must(c => c is null || Common.KeysetCursor.TryDecode(c, out _, out _))
            .WithMessage("'Cursor' must be a nextCursor returned by this endpoint.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ReportDrillDown.MaxPageSize);
    }
}
