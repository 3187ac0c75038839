using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>The quarterly regulatory return: printable, and downloadable as CSV for the regulator's form.</summary>
public sealed class RegulatoryModel(RegulatoryReport report, IStringLocalizer<SharedResource> text, BankClock bank) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public RegulatoryReturn? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Read() is { } quarter) Report = await report.GetAsync(quarter, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Read() is not { } quarter) return Page();
        var result = await report.GetAsync(quarter, ct);
        return File(text.Csv(result), CsvExport.ContentType, RegulatoryCsv.FileName(quarter));
    }

    /// <summary>The quarter asked for, the current one when none is; null (with the error shown) when unreadable.</summary>
    private ComplaintDesk.Reports.Quarter? Read()
    {
        if (string.IsNullOrWhiteSpace(Quarter))
        {
            var today = bank.Today;
            Quarter = ComplaintDesk.Reports.Quarter.Containing(today).ToString();
        }
        if (ComplaintDesk.Reports.Quarter.TryParse(Quarter, out var quarter)) return quarter;
        ModelState.AddModelError(nameof(Quarter), text["Write the quarter as the year, Q and its number, e.g. 2026Q3."]);
        return null;
    }
}
