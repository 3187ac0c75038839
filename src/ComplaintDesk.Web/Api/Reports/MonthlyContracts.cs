using ComplaintDesk.Reports;
using FluentValidation;

namespace ComplaintDesk.Web.Api.Reports;

/// <summary>Query string of GET /api/reports/monthly.</summary>
public sealed class MonthlyQuery
{
    /// <summary>yyyy-MM, e.g. 2026-02.</summary>
    public string? Month { get; set; }

    public DateOnly ToMonth() => ReportMonth.TryParse(Month, out var month) ? month : throw new InvalidOperationException("Validated first.");
}

public sealed class MonthlyQueryValidator : AbstractValidator<MonthlyQuery>
{
    public MonthlyQueryValidator()
    {
        RuleFor(q => q.Month).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(m => ReportMonth.TryParse(m, out _)).WithMessage(ReportMonth.Invalid);
    }
}

/// <summary>Body of PUT /api/reports/monthly/{month}/comments/{section}.</summary>
public sealed record CommentRequest(string? Text);

public sealed class CommentRequestValidator : AbstractValidator<CommentRequest>
{
    public CommentRequestValidator()
    {
        RuleFor(r => r.Text).NotNull();
        RuleFor(r => r.Text).Must(t => MonthlyReportComment.Normalize(t!).Length <= MonthlyReportComment.MaxLength)
            .When(r => r.Text is not null).WithMessage(MonthlyReportComment.TooLong);
    }
}
