using ComplaintDesk.Reports;
using ComplaintDesk.Web.Api.Reports;
using FluentValidation;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>
/// What the report pages share: the filter read from the query string (this month so far when none is given),
/// checked by the API's validator with the errors shown beside the form, and the links between figures and lists.
/// </summary>
public abstract class ReportPage(BankClock bank) : PageModel
{
    public ReportQuery Query { get; protected set; } = new();

    /// <summary>The bank's zone, in which report days begin.</summary>
    protected TimeZoneInfo Zone => bank.Zone;

    protected async Task<bool> ReadAsync<T>(T query, IValidator<T> validator, CancellationToken ct) where T : ReportQuery
    {
        var today = bank.Today;
        query.From ??= new DateOnly(today.Year, today.Month, 1);
        query.To ??= today;
        Query = query;
        var result = await validator.ValidateAsync(query, ct);
        // As the page error filter does for posted forms: messages written in Core are looked up by their English text.
        var shared = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        foreach (var error in result.Errors)
            ModelState.AddModelError(Errors.ValidationFilter.FieldName(error.PropertyName), shared[error.ErrorMessage]);
        return result.IsValid && ModelState.IsValid;
    }

    public string ListLink(string key) => $"/reports/complaints?figure={Uri.EscapeDataString(key)}&{Query.ToQueryString()}";

    protected FileContentResult Csv(byte[] bytes, string what) =>
        File(bytes, CsvExport.ContentType, CsvExport.FileName(what, Query.ToFilter()));
}
