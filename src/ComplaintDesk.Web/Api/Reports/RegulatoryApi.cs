using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Api.Reports;

/// <summary>The quarterly regulatory complaint return (docs/reports.md), as JSON or as the CSV a regulator's form is filled from.</summary>
public static class RegulatoryApi
{
    public static void MapRegulatoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/regulatory", async (string? quarter, string? format, RegulatoryReport report,
                IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var q = Quarter.Parse(quarter);
                // As the other report routes: csv or json in any case.
                var wanted = format?.ToLowerInvariant();
                if (wanted is not (null or "json" or "csv"))
                    throw new RuleViolationException("format", "The format is json or csv.");
                var result = await report.GetAsync(q, ct);
                return wanted == "csv"
                    ? Results.File(text.Csv(result), CsvExport.ContentType, RegulatoryCsv.FileName(q))
                    : Results.Ok(result);
            })
            .RequireAuthorization(Policies.ViewReports).WithTags("Reports")
            .WithName("GetRegulatoryReturn")
            .WithSummary("A quarter's complaints by category and channel: open at start, opened, closed by outcome, open at end; ?quarter=2026Q3[&format=csv]")
            .Produces<RegulatoryReturn>().Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
