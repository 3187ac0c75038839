using ComplaintDesk.Complaints;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Data;
using ComplaintDesk.Web.Localization;
using ComplaintDesk.Reporting;
using ComplaintDesk.Web.Api.Reports;
using ComplaintDesk.Web.Ui;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>The complaints behind one dashboard figure, newest first, a page at a time; the whole list as CSV.</summary>
public sealed class ComplaintsModel(ReportDrillDown drillDown, IValidator<DrillDownQuery> validator, ReportCsv csv, ComplaintDbContext db,
    IStringLocalizer<ComplaintsModel> T, IStringLocalizer<SharedResource> S, IOptions<ReportingOptions> options, TimeProvider clock) : ReportPage(options, clock)
{
    public ReportRowsPage Rows { get; private set; } = new([], null, 0);
    public string Figure => ((DrillDownQuery)Query).Figure ?? "";
    /// <summary>The figure in words, as the dashboard labels it ("Overdue", "Card delivery · Open").</summary>
    public string FigureName { get; private set; } = "";

    public async Task OnGetAsync([FromQuery] DrillDownQuery query, CancellationToken ct)
    {
        if (!await ReadAsync(query, validator, ct)) return;
        Rows = await drillDown.PageAsync(Query.ToFilter(), query.Figure!, query.Cursor, ReportDrillDown.DefaultPageSize, ct);
        FigureName = await NameAsync(query.Figure!, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery] DrillDownQuery query, CancellationToken ct)
    {
        if (!await ReadAsync(query, validator, ct)) return BadRequest();
        return Csv(csv.Rows(await drillDown.AllAsync(Query.ToFilter(), query.Figure!, ct)), ReportsApi.FileSafe(query.Figure!));
    }

    public string NextLink(string cursor) => $"{ListLink(Figure)}&cursor={Uri.EscapeDataString(cursor)}";

    public string CsvLink => $"{ListLink(Figure)}&handler=Csv";

    /// <summary>A key the validator accepted (see <see cref="FigureKeys"/>) in the reader's language.</summary>
    private async Task<string> NameAsync(string key, CancellationToken ct)
    {
        var parts = key.Split(':', 2);
        var rest = parts.Length > 1 ? parts[1] : "";
        return parts[0] switch
        {
            "received" => T["Received"],
            "open" when rest == "" => T["Open"],
            "open" => T["Open: {0}", S.Enum(Enum.Parse<ComplaintStatus>(rest))],
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
            "satisfaction" => T["Rated {0}", rest],
            "day" => T["Received on {0}", rest],
            "week" => T["Received in the week of {0}", rest],
            "rootcause" => T["Root cause: {0}", rest],
            "sla" => Sla(rest.Split(':')),
            _ => await BreakdownAsync(parts[0], rest.Split(':'), ct),
        };
    }

    private string Sla(string[] parts)
    {
        var target = S.Enum(FigureKeys.SlaTargets[parts[0]]);
        return parts[1] == "met" ? T["{0}: met", target] : T["{0}: missed", target];
    }

    /// <summary>category:CODE, channel:Phone, handler:12, department:3, each optionally with :open, :closed…</summary>
    private async Task<string> BreakdownAsync(string kind, string[] parts, CancellationToken ct)
    {
        var (value, id) = (parts[0], long.TryParse(parts[0], out var n) ? n : 0);
        var subject = kind switch
        {
            "category" => await db.Categories.AsNoTracking().Where(c => c.Code == value)
                .Select(c => TextExtensions.IsChinese ? c.Name : c.NameEn).FirstOrDefaultAsync(ct),
            "channel" => S.Enum(Enum.Parse<Channel>(value)),
            "handler" => await db.Staff.AsNoTracking().Where(s => s.Id == id)
                .Select(s => s.DisplayName + " (" + s.StaffNumber + ")").FirstOrDefaultAsync(ct),
            _ => await db.Departments.AsNoTracking().Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(ct),
        } ?? value;
        if (parts.Length == 1) return subject;
        string measure = parts[1] switch
        {
            "open" => T["Open"],
            "closed" => T["Closed"],
            "overdue" => T["Overdue"],
            _ => T["Surveyed"],
        };
        return $"{subject} · {measure}";
    }
}
