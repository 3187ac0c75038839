using ComplaintDesk.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Reports;

/// <summary>
/// The managers' figures for other systems: the dashboard, the complaints behind any figure, the breakdown tables and
/// the monthly report. Lists and tables also come as CSV (format=csv). Managers and supervisors only.
/// </summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").AddEndpointFilter<ValidationFilter>()
            .RequireAuthorization(Policies.ViewReports)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapGet("/dashboard", async ([AsParameters] ReportQuery q, DashboardQueries d, CancellationToken ct) =>
                TypedResults.Ok(await d.GetAsync(q.ToFilter(), ct)))
            .WithName("GetDashboard")
            .WithSummary("Every dashboard figure for a period (received in it), department and channel")
            .ProducesValidationProblem();
        reports.MapGet("/complaints", DrillDownAsync)
            .WithName("ListFigureComplaints")
            .WithSummary("The complaints counted in one figure, newest first, keyset-paged (50 a page) with the figure's count as total; format=csv for all of them")
            .Produces<ReportRowsPage>().Produces(StatusCodes.Status200OK, contentType: CsvExport.ContentType).ProducesValidationProblem();
        reports.MapGet("/tables/{table}", TableAsync)
            .WithName("GetBreakdownTable")
            .WithSummary("Per handler, department, category or channel: received, open, closed, overdue, surveys, average rating")
            .Produces<IReadOnlyList<BreakdownRow>>().Produces(StatusCodes.Status200OK, contentType: CsvExport.ContentType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/monthly", async ([AsParameters] MonthlyQuery q, MonthlyReports m, CancellationToken ct) =>
                TypedResults.Ok(await m.GetAsync(q.ToMonth(), ct)))
            .WithName("GetMonthlyReport")
            .WithSummary("The monthly management report: the month's figures against the previous month, the biggest movers, the commentary")
            .ProducesValidationProblem();
        reports.MapPut("/monthly/{month}/comments/{section}", SaveCommentAsync)
            .WithName("SaveMonthlyComment")
            .WithSummary("Write a section's commentary (summary, volumes, timeliness, outcomes, satisfaction, movers); honours If-Match")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<MonthlyComment>> SaveCommentAsync(string month, string section, CommentRequest body, HttpContext http,
        MonthlyReports reports, CancellationToken ct)
    {
        if (!ReportMonth.TryParse(month, out var first))
            throw new Common.RuleViolationException("month", ReportMonth.Invalid);
        // A version beyond int range matches no comment: a conflict, not an overflow.
        var expected = IfMatch.ExpectedVersion(http.Request) is { } v ? (int?)Math.Min(v, int.MaxValue) : null;
        var saved = await reports.SaveCommentAsync(first, section, body.Text!, expected, http.User.ToActor(), ct);
        http.Response.Headers.ETag = IfMatch.ETag((uint)saved.Version);
        return TypedResults.Ok(saved);
    }

    private static async Task<IResult> DrillDownAsync([AsParameters] DrillDownQuery q, ReportDrillDown drill, ReportCsv csv,
        CancellationToken ct)
    {
        if (q.WantsCsv)
            return Csv(csv.Rows(await drill.AllAsync(q.ToFilter(), q.Figure!, ct)), FileSafe(q.Figure!), q.ToFilter());
        return TypedResults.Ok(await drill.PageAsync(q.ToFilter(), q.Figure!, q.Cursor, q.PageSize ?? ReportDrillDown.DefaultPageSize, ct));
    }

    private static async Task<IResult> TableAsync(string table, [AsParameters] ReportQuery q, DashboardQueries d, ReportCsv csv,
        CancellationToken ct)
    {
        if (!Tables.TryGetValue(table, out var dimension))
            throw new Common.NotFoundException("Report table", table);
        var rows = await d.TableAsync(q.ToFilter(), dimension, ct);
        return q.WantsCsv ? Csv(csv.Table(rows), table, q.ToFilter()) : TypedResults.Ok(rows);
    }

    public static readonly IReadOnlyDictionary<string, ReportDimension> Tables = new Dictionary<string, ReportDimension>
    {
        ["handlers"] = ReportDimension.Handler,
        ["departments"] = ReportDimension.Department,
        ["categories"] = ReportDimension.Category,
        ["channels"] = ReportDimension.Channel,
        ["rootcauses"] = ReportDimension.RootCause,
    };

    private static IResult Csv(byte[] bytes, string what, ReportFilter period) =>
        TypedResults.File(bytes, CsvExport.ContentType, CsvExport.FileName(what, period));

    /// <summary>"sla:ack:missed" → "sla-ack-missed"; free text (root causes) becomes "figure".</summary>
    public static string FileSafe(string key)
    {
        var safe = new string(key.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-' ? ch : '-').ToArray());
        return safe.Length is 0 or > 60 || key.StartsWith("rootcause:", StringComparison.Ordinal) ? "figure" : safe;
    }
}
