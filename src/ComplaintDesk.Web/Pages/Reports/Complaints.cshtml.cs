using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Data;
using ComplaintDesk.Reports;
using ComplaintDesk.Web.Api.Reports;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>The complaints behind one dashboard figure, newest first, a page at a time; the whole list as CSV.</summary>
public sealed class ComplaintsModel(ReportDrillDown drillDown, IValidator<DrillDownQuery> validator, ReportCsv csv, ComplaintDbContext db,
    IStringLocalizer<ComplaintsModel> T, IStringLocalizer<SharedResource> S, BankClock bank) : ReportPage(bank)
{
    public ReportRowsPage Rows { get; private set; } = new([], null, 0);
    public string Figure => ((DrillDownQuery)Query).Figure ?? "";
    /// <summary>The figure in words, as the dashboard labels it ("Overdue", "Card delivery · Open").</summary>
    public string FigureName { get; private set; } = "";

    public async Task OnGetAsync([FromQuery] DrillDownQuery query, CancellationToken ct)
    {
        if (!await ReadAsync(query, validator, ct)) return;
        Rows = await drillDown.PageAsync(Query.ToFilter(), query.Figure!, query.Cursor, ReportDrillDown.DefaultPageSize, ct);
        // The validator accepted the key, so it parses.
        FigureName = FigureKeys.TryParse(query.Figure, Zone, out var figure) ? await NameAsync(figure, ct) : query.Figure!;
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery] DrillDownQuery query, CancellationToken ct)
    {
        // A bad filter gets the page that says what is wrong, as the list itself would, rather than a bare 400.
        if (!await ReadAsync(query, validator, ct)) return Page();
        return Csv(csv.Rows(await drillDown.AllAsync(Query.ToFilter(), query.Figure!, ct)), ReportsApi.FileSafe(query.Figure!));
    }

    public string NextLink(string cursor) => $"{ListLink(Figure)}&cursor={Uri.EscapeDataString(cursor)}";

    public string CsvLink => $"{ListLink(Figure)}&handler=Csv";

    /// <summary>A figure the validator accepted, in the reader's language.</summary>
    private async Task<string> NameAsync(Figure figure, CancellationToken ct) => figure.Kind switch
    {
        "received" => T["Received"],
        "open" when figure.Subject is null => T["Open"],
        "open" => T["Open: {0}", S.Enum(Enum.Parse<ComplaintStatus>(figure.Subject))],
        "closed" => T["Closed"],
        "withdrawn" => T["Withdrawn"],
        "overdue" => T["Overdue"],
        "atrisk" => T["At risk"],
        "decided" => T["Decided"],
        "upheld" => T["Upheld"],
        "redress" => T["Redress paid"],
        "appealed" => T["Appealed"],
        "surveyed" => T["Surveyed"],
        "firstcontact" => T["First contact made"],
        "decision" => T["Decision given to the customer"],
        "satisfaction" => T["Rated {0}", figure.Subject!],
        "day" => T["Received on {0}", figure.Subject!],
        "week" => T["Received in the week of {0}", figure.Subject!],
        "rootcause" => T["Root cause: {0}", figure.Subject!],
        "sla" => SlaName(FigureKeys.SlaTargets[figure.Subject!], figure.Measure == "met"),
        _ => await BreakdownAsync(figure, ct),
    };

    private string SlaName(SlaTarget target, bool met) => met ? T["{0}: met", S.Enum(target)] : T["{0}: missed", S.Enum(target)];

    /// <summary>A category, channel, handler or department, optionally with a measure: "Card delivery · Open".</summary>
    private async Task<string> BreakdownAsync(Figure figure, CancellationToken ct)
    {
        var value = figure.Subject!;
        var id = long.TryParse(value, out var n) ? n : 0;
        var subject = figure.Kind switch
        {
            "category" => await db.Categories.AsNoTracking().Where(c => c.Code == value)
                .Select(c => TextExtensions.IsChinese ? c.Name : c.NameEn).FirstOrDefaultAsync(ct),
            "channel" => S.Enum(Enum.Parse<Channel>(value)),
            "handler" => await db.Staff.AsNoTracking().Where(s => s.Id == id)
                .Select(s => s.DisplayName + " (" + s.StaffNumber + ")").FirstOrDefaultAsync(ct),
            _ => await db.Departments.AsNoTracking().Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(ct),
        } ?? value;
        string? measure = figure.Measure switch
        {
            null => null,
            "open" => T["Open"].Value,
            "closed" => T["Closed"].Value,
            "overdue" => T["Overdue"].Value,
            _ => T["Surveyed"].Value,
        };
        return measure is null ? subject : $"{subject} · {measure}";
    }
}
