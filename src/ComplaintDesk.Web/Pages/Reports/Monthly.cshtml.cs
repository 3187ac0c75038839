using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>
/// The monthly management report, laid out to be printed to PDF from the browser; managers and supervisors write the
/// commentary of each section here (a stale form is refused, as over the API with If-Match).
/// </summary>
public sealed class MonthlyModel(MonthlyReports reports, BankClock bank,
    IStringLocalizer<MonthlyModel> T, IStringLocalizer<SharedResource> S) : PageModel, IReloadOnError
{
    public DateOnly Month { get; private set; }
    public MonthlyReport? Report { get; private set; }
    /// <summary>The section whose save was refused, with the text the writer had typed.</summary>
    public (string Section, string Text)? Refused { get; private set; }

    public async Task OnGetAsync([FromQuery] string? month, CancellationToken ct)
    {
        if (!Read(month)) return;
        Report = await reports.GetAsync(Month, ct);
    }

    public async Task<IActionResult> OnPostCommentAsync([FromQuery] string? month, [FromForm] string section, [FromForm] string? text,
        [FromForm] int version, CancellationToken ct)
    {
        if (!Read(month)) return Page();
        try
        {
            await reports.SaveCommentAsync(Month, section, text ?? "", version, User.ToActor(), ct);
            return Redirect($"/reports/monthly?month={ReportMonth.Format(Month)}#comment-{section}");
        }
        catch (ConcurrencyConflictException)
        {
            return await RefusedAsync(section, text, T["Someone else changed this commentary after you opened it. Their text is shown; yours is kept in the box."], ct);
        }
        catch (RuleViolationException e)
        {
            return await RefusedAsync(section, text, S[e.Message], ct);
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError("", T["This report has no such section."]);
            await ReloadAsync(ct);
            return Page();
        }
    }

    /// <summary>
    /// Shows the report again after bad input (a version that is no number, a section that does not exist): the
    /// page error filter lists the error, and the report must still be there around it.
    /// </summary>
    public async Task ReloadAsync(CancellationToken ct)
    {
        if (Month == default && !Read(Request.Query["month"])) return;
        Report = await reports.GetAsync(Month, ct);
    }

    private async Task<IActionResult> RefusedAsync(string section, string? text, string message, CancellationToken ct)
    {
        ModelState.AddModelError($"comment-{section}", message);
        Refused = (section, text ?? "");
        Report = await reports.GetAsync(Month, ct);
        return Page();
    }

    /// <summary>The month asked for, or the last full month.</summary>
    private bool Read(string? month)
    {
        if (string.IsNullOrEmpty(month))
        {
            var today = bank.Today;
            Month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            return true;
        }
        if (ReportMonth.TryParse(month, out var parsed)) Month = parsed;
        else ModelState.AddModelError("month", T["Choose a month."]);
        return ModelState.IsValid;
    }

    public string DashboardLink(string key, DateOnly month) =>
        $"/reports/complaints?figure={Uri.EscapeDataString(key)}&from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
}
