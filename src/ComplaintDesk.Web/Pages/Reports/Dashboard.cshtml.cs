using ComplaintDesk.ReferenceData;
using ComplaintDesk.Reports;
using ComplaintDesk.Web.Api.Reports;
using FluentValidation;

namespace ComplaintDesk.Web.Pages.Reports;

/// <summary>The managers' dashboard: every figure of the period, each a link to the complaints behind it.</summary>
public sealed class DashboardModel(DashboardQueries dashboards, ReferenceDataService reference, IValidator<ReportQuery> validator,
    ReportCsv csv, IStringLocalizer<SharedResource> S, BankClock bank) : ReportPage(bank)
{
    public Dashboard? Data { get; private set; }
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] ReportQuery query, CancellationToken ct)
    {
        Departments = await reference.DepartmentsAsync(ct);
        if (!await ReadAsync(query, validator, ct)) return;
        // The list offers only known departments; an unknown one would show "all departments" over figures of none.
        if (query.DepartmentId is { } id && Departments.All(d => d.Id != id))
        {
            ModelState.AddModelError("departmentId", S["No such department."]);
            return;
        }
        Data = await dashboards.GetAsync(Query.ToFilter(), ct);
    }

    /// <summary>One breakdown table as CSV (handler=Table&amp;table=handlers).</summary>
    public async Task<IActionResult> OnGetTableAsync([FromQuery] ReportQuery query, [FromQuery] string table, CancellationToken ct)
    {
        if (!ReportsApi.Tables.TryGetValue(table ?? "", out var dimension)) return NotFound();
        // A bad filter gets the dashboard with the errors beside the fields, rather than a bare 400.
        if (!await ReadAsync(query, validator, ct))
        {
            Departments = await reference.DepartmentsAsync(ct);
            return Page();
        }
        return Csv(csv.Table(await dashboards.TableAsync(Query.ToFilter(), dimension, ct)), table!);
    }

    public string TableLink(string table) => $"/reports/dashboard?handler=Table&table={table}&{Query.ToQueryString()}";

    // Days of one year are told apart by month and day; a period across a new year needs the year too.
    public BarChart TrendChart => BarChart.Columns(
        [.. Data!.Trend.Select(p => (p.Start.ToString(Query.From!.Value.Year == Query.To!.Value.Year ? "MM-dd" : "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture), p.Received, p.Key))], 960, 180);

    public BarChart RatingChart => BarChart.Rows(
        [.. Enumerable.Range(1, 5).Reverse().Select(r => (r.ToString(System.Globalization.CultureInfo.InvariantCulture), Data!.Count($"satisfaction:{r}"), $"satisfaction:{r}"))],
        240, 22);

    public BarChart CategoryChart(Func<BreakdownRow, string> label) => BarChart.Rows(
        [.. Data!.Tables.Categories.Take(DashboardQueries.TopN).Select(r => (label(r), r.Received, r.Key))], 240, 22);
}
