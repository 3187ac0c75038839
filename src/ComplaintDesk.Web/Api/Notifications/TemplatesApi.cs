using ComplaintDesk.Notifications.Templates;

namespace ComplaintDesk.Web.Api.Notifications;

/// <summary>The wording of every message, per key and language; Admin only. Edits honour If-Match.</summary>
public static class TemplatesApi
{
    public static void MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/admin/templates").WithTags("Message templates").AddEndpointFilter<ValidationFilter>()
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        templates.MapGet("/", async (TemplateAdministration s, CancellationToken ct) =>
                TypedResults.Ok((await s.ListAsync(ct)).Select(TemplateView.From)))
            .WithName("ListMessageTemplates")
            .WithSummary("Every template in every language, with the placeholders each may use");
        templates.MapGet("/{key}/{language}", async (string key, string language, HttpContext http, TemplateAdministration s,
                    CancellationToken ct) => TypedResults.Ok(Described(http, await s.GetAsync(key, language, ct))))
            .WithName("GetMessageTemplate")
            .WithSummary("One template; the ETag is its version for If-Match").ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPut("/{key}/{language}", async (string key, string language, TemplateRequest r, HttpContext http,
                    TemplateAdministration s, CancellationToken ct) =>
                TypedResults.Ok(Described(http, await s.UpdateAsync(key, language, r, http.User.ToActor(), IfMatch.ExpectedVersion(http.Request), ct))))
            .WithName("UpdateMessageTemplate")
            .WithSummary("Change a template's subject and body; a placeholder the message does not fill is refused (400); honours If-Match")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static TemplateView Described(HttpContext http, MessageTemplate template)
    {
        http.Response.Headers.ETag = IfMatch.ETag(template.Version);
        return TemplateView.From(template);
    }
}
