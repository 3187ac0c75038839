using ComplaintDesk.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Notifications;

/// <summary>The Admin's look into the outbox: parked and failing messages, and resending a parked one.</summary>
public static class OutboxApi
{
    public static void MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/admin/outbox").WithTags("Outbox").AddEndpointFilter<ValidationFilter>()
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        outbox.MapGet("/", async Task<Ok<IReadOnlyList<OutboxEntry>>> ([AsParameters] OutboxQuery query, OutboxAdministration admin,
                    CancellationToken ct) =>
                TypedResults.Ok(await admin.ListAsync(query.Status, query.Limit ?? OutboxQuery.DefaultLimit, ct)))
            .WithName("ListOutboxMessages")
            .WithSummary("Outbox messages, newest first, optionally of one status (Pending, Sent, Parked); recipients masked")
            .ProducesValidationProblem();
        outbox.MapPost("/{id:long}/resend", async Task<Ok<OutboxEntry>> (long id, HttpContext http, OutboxAdministration admin,
                    CancellationToken ct) =>
                TypedResults.Ok(await admin.ResendAsync(id, http.User.ToActor(), ct)))
            .WithName("ResendOutboxMessage")
            .WithSummary("Put a parked message back in the queue with a fresh retry schedule")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
