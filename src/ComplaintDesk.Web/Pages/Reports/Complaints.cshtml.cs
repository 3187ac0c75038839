using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Reporting;
using ComplaintDesk.Web.Api.Reports;
using ComplaintDesk.Web.Ui;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>The complaints behind one dashboard figure, newest first, a page at a time; the whole list as CSV.</summary>
public sealed class ComplaintsModel(ReportDrillDown drillDown, IValidator<DrillDownQuery> validator, ReportCsv csv,
    IOptions<ReportingOptions> options, TimeProvider clock) : ReportPage(options, clock)
{
    public Page<ReportRow> Rows { get; private set; } = new([], null);
    public string Figure => ((DrillDownQuery)Query).Figure ?? "";

    public async Task OnGetAsync([FromQuery] DrillDownQuery query, CancellationToken ct)
    {
        if (await ReadAsync(query, validator, ct))
            Rows = await drillDown.ListAsync(Query.ToFilter(), query.Figure!, query.Cursor, ReportDrillDown.DefaultPageSize, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery] DrillDownQuery query, CancellationToken ct)
    {
        if (!await ReadAsync(query, validator, ct)) return BadRequest();
        return Csv(csv.Rows(await drillDown.AllAsync(Query.ToFilter(), query.Figure!, ct)), ReportsApi.FileSafe(query.Figure!));
    }

    public string NextLink(string cursor) => $"{ListLink(Figure)}&cursor={Uri.EscapeDataString(cursor)}";

    public string CsvLink => $"{ListLink(Figure)}&handler=Csv";
}
