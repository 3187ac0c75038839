using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Handling;
using ComplaintDesk.Intake;
using ComplaintDesk.Web.Api.Handling;
using ComplaintDesk.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Complaints;

public static class ComplaintsApi
{
    public static void MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/complaints").WithTags("Complaints").AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", Register).RequireAuthorization(Policies.Intake).WithName("RegisterComplaint")
            .WithSummary("Register a complaint; send an Idempotency-Key header to make retries safe")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListComplaints")
            .WithSummary("List complaints, newest first, with keyset paging").ProducesValidationProblem();
        group.MapGet("/customer-history", History).RequireAuthorization(Policies.Intake).WithName("GetCustomerHistory")
            .WithSummary("The customer's earlier complaints by phone and/or ID number (at most 20, newest first)")
            .ProducesValidationProblem();
        group.MapGet("/{id:long}", Get).WithName("GetComplaint")
            .WithSummary("One complaint; the ETag is its version for If-Match").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/by-number/{number}", GetByNumber).WithName("GetComplaintByNumber")
            .WithSummary("One complaint by its number").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:long}/timeline", Timeline).WithName("GetComplaintTimeline")
            .WithSummary("The complaint's timeline and whether its hash chain is intact")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/actions", Actions).WithName("ListComplaintActions")
            .WithSummary("Each step's route and whether the caller may take it now; when not, the error code and reason it would be refused with")
            .ProducesProblem(StatusCodes.Status404NotFound);

        ComplaintSteps.Map(group);
    }

    private static async Task<Ok<IReadOnlyList<CaseActionView>>> Actions(long id, HttpContext http, ComplaintQueries queries,
        CaseActionsQuery actions, CancellationToken ct)
    {
        var states = await actions.ForAsync(await queries.LoadAsync(id, ct), http.User.ToActor(), ct);
        return TypedResults.Ok<IReadOnlyList<CaseActionView>>([.. states.Where(s => s.Step.Route is not null).Select(CaseActionView.From)]);
    }

    private static async Task<Ok<IReadOnlyList<ComplaintSummary>>> History(
        string? phone, string? nationalId, CustomerHistory history, CancellationToken ct)
    {
        if (phone?.Length > Data.Limits.Phone || nationalId?.Length > Data.Limits.NationalId)
            throw new RuleViolationException(phone?.Length > Data.Limits.Phone ? "phone" : "nationalId", "The value is too long.");
        return TypedResults.Ok(await history.FindAsync(phone, nationalId, ct));
    }

    private static async Task<Created<ComplaintView>> Register(
        RegisterComplaintRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http, ComplaintRegistration registration, CancellationToken ct)
    {
        if (idempotencyKey is { Length: 0 or > 100 })
            throw new BadHeaderException("Idempotency-Key", "Idempotency-Key must be 1 to 100 characters.");
        var actor = http.User.ToActor();
        var result = await registration.RegisterAsync(request, actor, idempotencyKey, ct);
        if (result.Replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        // The complaint as saved (id and version read back by the insert) or, for a replay, as loaded in full:
        // no second read of what was just written.
        var view = ComplaintView.From(result.Complaint, ComplaintQueries.MustMaskPersonalData(actor));
        Describe(http, view);
        return TypedResults.Created($"/api/complaints/{view.Id}", view);
    }

    private static async Task<Ok<Page<ComplaintSummary>>> List(
        [AsParameters] ListQuery query, ComplaintQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(query.ToFilter(), ct));

    private static async Task<Ok<ComplaintView>> Get(long id, HttpContext http, ComplaintQueries queries, CancellationToken ct)
    {
        var view = await queries.GetAsync(id, http.User.ToActor(), ct);
        Describe(http, view);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<ComplaintView>> GetByNumber(string number, HttpContext http, ComplaintQueries queries, CancellationToken ct)
    {
        var view = await queries.GetByNumberAsync(number, http.User.ToActor(), ct);
        Describe(http, view);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<TimelineView>> Timeline(long id, HttpContext http, ComplaintQueries queries, CancellationToken ct)
    {
        var view = await queries.GetTimelineAsync(id, ct, ComplaintQueries.MustMaskPersonalData(http.User.ToActor()));
        http.Items[RequestLoggingMiddleware.ComplaintNumberKey] = view.Number;
        return TypedResults.Ok(view);
    }

    /// <summary>Adds the ETag for If-Match and names the complaint in the request log line.</summary>
    internal static void Describe(HttpContext http, ComplaintView view)
    {
        http.Response.Headers.ETag = IfMatch.ETag(view.Version);
        http.Items[RequestLoggingMiddleware.ComplaintNumberKey] = view.Number;
    }
}
