using ComplaintDesk.CustomerPortal;
using ComplaintDesk.Handling.Steps;
using ComplaintDesk.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.CustomerPortal;

/// <summary>
/// The customer's side for other channels (the mobile app, the website): anonymous, the signed link's token being the
/// only credential. A tampered token answers 404, an expired one 410; failed look-ups are throttled (429).
/// </summary>
public static class CustomerPortalApi
{
    public static void MapCustomerPortalApi(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/customer").WithTags("Customer").AllowAnonymous().AddEndpointFilter<ValidationFilter>();

        customer.MapPost("/lookup", async (LookupRequest r, HttpContext http, CustomerPortalService portal, CancellationToken ct) =>
                TypedResults.Ok(await portal.LookupAsync(r, ClientAddress.Of(http), ct)))
            .WithName("LookUpComplaintAsCustomer")
            .WithSummary("Find a complaint by its number and the customer's phone number; returns a fresh signed link")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        var complaint = customer.MapGroup("/complaints/{token}")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        complaint.MapGet("/", async (string token, CustomerPortalService portal, CancellationToken ct) =>
                TypedResults.Ok(await portal.GetAsync(token, ct)))
            .WithName("GetComplaintAsCustomer")
            .WithSummary("The complaint as its customer sees it, with the answers the customer may give now");
        complaint.MapPost("/confirm", (string token, CustomerConfirmRequest r, CustomerPortalService portal, CancellationToken ct) =>
                Answer(token, portal, p => p.ConfirmAsync(token, r, ct), ct))
            .WithName("ConfirmResultAsCustomer")
            .WithSummary("The customer accepts the result: the complaint closes; 409 when resultGivenAt names a result since replaced")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        complaint.MapPost("/appeal", (string token, CustomerAppealRequest r, CustomerPortalService portal, CancellationToken ct) =>
                Answer(token, portal, p => p.AppealAsync(token, r, ct), ct))
            .WithName("AppealResultAsCustomer")
            .WithSummary("The customer disagrees with the result, giving a reason: the complaint reopens; 409 when resultGivenAt names a result since replaced")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        complaint.MapPost("/survey", (string token, SurveyRequest r, CustomerPortalService portal, CancellationToken ct) =>
                Answer(token, portal, p => p.AnswerSurveyAsync(token, r, ct), ct))
            .WithName("AnswerSurveyAsCustomer")
            .WithSummary("The satisfaction survey after closure: rating 1 to 5 and an optional comment, once per complaint")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<CustomerComplaintView>> Answer(string token, CustomerPortalService portal,
        Func<CustomerPortalService, Task> answer, CancellationToken ct)
    {
        await answer(portal);
        return TypedResults.Ok(await portal.GetAsync(token, ct));
    }
}
