using ComplaintDesk.Common;
using ComplaintDesk.Complaints;
using ComplaintDesk.Complaints.Steps;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Complaints;

/// <summary>One POST route per workflow step, each taking only that step's fields and honouring If-Match.</summary>
internal static class ComplaintSteps
{
    private delegate Task<Complaint> Step<in TRequest>(ComplaintWorkflow workflow, long id, TRequest request, Actor by, uint? expectedVersion, CancellationToken ct);

    public static void Map(RouteGroupBuilder group)
    {
        Map<AssignRequest>(group, "assign", Policies.Assign, "Assign or reassign to a department and handler",
            (w, id, r, by, v, ct) => w.AssignAsync(id, r, by, v, ct));
        Map<TriageRequest>(group, "triage", Policies.Assign, "Assign, correcting the category and priority in the same step",
            (w, id, r, by, v, ct) => w.TriageAsync(id, r, by, v, ct));
        group.MapPost("/{id:long}/start", async (long id, HttpContext http, ComplaintWorkflow workflow, ComplaintQueries queries, CancellationToken ct) =>
                await Respond(http, queries, await workflow.StartAsync(id, http.User.ToActor(), IfMatch.ExpectedVersion(http.Request), ct), ct))
            .RequireAuthorization(Policies.Handle).WithSummary("The assigned handler starts working the complaint").WithStepProblems();
        Map<RecordStepRequest>(group, "notes", Policies.Handle, "Record a finding, measure, customer contact or internal note",
            (w, id, r, by, v, ct) => w.RecordStepAsync(id, r, by, v, ct));
        Map<ResolveRequest>(group, "resolve", Policies.Handle, "Record the decision: outcome, measures, upheld, root cause, redress",
            (w, id, r, by, v, ct) => w.ResolveAsync(id, r, by, v, ct));
        Map<FeedbackRequest>(group, "feedback", Policies.Handle, "Record how the result was told to the customer",
            (w, id, r, by, v, ct) => w.RecordFeedbackAsync(id, r, by, v, ct));
        Map<ConfirmRequest>(group, "confirm", Policies.RecordCustomerReply, "The customer confirms the result: the complaint closes",
            (w, id, r, by, v, ct) => w.ConfirmAsync(id, r, by, v, ct));
        Map<ReasonRequest>(group, "appeal", Policies.RecordCustomerReply, "The customer disagrees: the complaint is reopened",
            (w, id, r, by, v, ct) => w.AppealAsync(id, r, by, v, ct));
        Map<CloseRequest>(group, "close", Policies.Handle, "Close after the customer did not answer",
            (w, id, r, by, v, ct) => w.CloseAsync(id, r, by, v, ct));
        Map<ReasonRequest>(group, "withdraw", Policies.RecordCustomerReply, "The customer withdraws the complaint",
            (w, id, r, by, v, ct) => w.WithdrawAsync(id, r, by, v, ct));
        Map<EscalateRequest>(group, "escalate", Policies.Handle, "Escalate to a supervisor with the standard report",
            (w, id, r, by, v, ct) => w.EscalateAsync(id, r, by, v, ct));
        Map<EscalationDecisionRequest>(group, "escalation/decision", Policies.DecideEscalation, "A supervisor decides the pending escalation",
            (w, id, r, by, v, ct) => w.DecideEscalationAsync(id, r, by, v, ct));
        Map<ClockReasonRequest>(group, "pause", Policies.Handle, "Stop the clocks, e.g. while an external appraisal runs; the customer is told",
            (w, id, r, by, v, ct) => w.PauseAsync(id, r, by, v, ct));
        group.MapPost("/{id:long}/resume", async (long id, HttpContext http, ComplaintWorkflow workflow, ComplaintQueries queries, CancellationToken ct) =>
                await Respond(http, queries, await workflow.ResumeAsync(id, http.User.ToActor(), IfMatch.ExpectedVersion(http.Request), ct), ct))
            .RequireAuthorization(Policies.Handle).WithSummary("Restart the clocks; the deadlines move by the paused time").WithStepProblems();
        Map<ClockReasonRequest>(group, "extension", Policies.Handle, "Ask for more time to decide, with the reason the customer will be told",
            (w, id, r, by, v, ct) => w.RequestExtensionAsync(id, r, by, v, ct));
        Map<ExtensionDecisionRequest>(group, "extension/decision", Policies.DecideExtension,
            "Approve or refuse the pending extension (a second extension needs the Manager role)",
            (w, id, r, by, v, ct) => w.DecideExtensionAsync(id, r, by, v, ct));
    }

    // "class" makes TRequest non-nullable, so a missing or literal-null body is a 400 rather than a null request.
    private static void Map<TRequest>(RouteGroupBuilder group, string route, string policy, string summary, Step<TRequest> step)
        where TRequest : class =>
        group.MapPost($"/{{id:long}}/{route}", async (long id, TRequest request,
                HttpContext http, ComplaintWorkflow workflow, ComplaintQueries queries, CancellationToken ct) =>
            await Respond(http, queries, await step(workflow, id, request, http.User.ToActor(), IfMatch.ExpectedVersion(http.Request), ct), ct))
            .RequireAuthorization(policy).WithSummary(summary).ProducesValidationProblem().WithStepProblems();

    private static async Task<Ok<ComplaintView>> Respond(HttpContext http, ComplaintQueries queries, Complaint changed, CancellationToken ct)
    {
        var view = await queries.GetAsync(changed.Id, http.User.ToActor(), ct);
        ComplaintsApi.Describe(http, view);
        return TypedResults.Ok(view);
    }

    private static RouteHandlerBuilder WithStepProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
