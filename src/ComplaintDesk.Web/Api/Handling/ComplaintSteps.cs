using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Handling;
using ComplaintDesk.Web.Api.Complaints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Handling;

/// <summary>One POST route per step of the catalogue (<see cref="CaseSteps"/>), each taking only that step's fields and honouring If-Match.</summary>
internal static class ComplaintSteps
{
    public static void Map(RouteGroupBuilder group)
    {
        var routes = new RouteMapper(group);
        foreach (var step in CaseSteps.All.Where(s => s.Route is not null)) step.Accept(routes);
    }

    private sealed class RouteMapper(RouteGroupBuilder group) : ICaseStepVisitor<RouteHandlerBuilder>
    {
        public RouteHandlerBuilder Visit<TRequest>(CaseStep<TRequest> step) where TRequest : class
        {
            var pattern = $"/{{id:long}}/{step.Route}";
            var route = step.TakesInput
                // "class" makes TRequest non-nullable, so a missing or literal-null body is a 400 rather than a null request.
                ? group.MapPost(pattern, (long id, TRequest request, HttpContext http, ComplaintWorkflow workflow, ComplaintQueries queries,
                        CancellationToken ct) => PerformAsync(step, id, request, http, workflow, queries, ct))
                    .ProducesValidationProblem()
                : group.MapPost(pattern, (long id, HttpContext http, ComplaintWorkflow workflow, ComplaintQueries queries, CancellationToken ct) =>
                    PerformAsync(step, id, (TRequest)(object)NoInput.Value, http, workflow, queries, ct));
            return route.RequireAuthorization(step.Policy!).WithName(step.OperationId!).WithSummary(step.Summary)
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }
    }

    private static async Task<Ok<ComplaintView>> PerformAsync<TRequest>(CaseStep<TRequest> step, long id, TRequest request, HttpContext http,
        ComplaintWorkflow workflow, ComplaintQueries queries, CancellationToken ct) where TRequest : class
    {
        var changed = await workflow.PerformAsync(step, id, request, http.User.ToActor(), IfMatch.ExpectedVersion(http.Request), ct);
        var view = await queries.GetAsync(changed.Id, http.User.ToActor(), ct);
        ComplaintsApi.Describe(http, view);
        return TypedResults.Ok(view);
    }
}
