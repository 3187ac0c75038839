using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// The OpenAPI document at /swagger/v1/swagger.json. Every operation names itself with WithName (its operationId) and
/// WithSummary; docs/api.md lists the ids and scripts/lint-openapi.sh checks the document.
/// </summary>
internal static class SwaggerSetup
{
    /// <summary>A description for every tag the routes use (WithTags).</summary>
    private static readonly IReadOnlyDictionary<string, string> TagDescriptions = new Dictionary<string, string>
    {
        ["Auth"] = "Sign in: a user name and password for a bearer token.",
        ["Complaints"] = "Register, find and read complaints, and take the workflow steps.",
        ["Queue"] = "The signed-in handler's own open complaints.",
        ["Reference data"] = "Categories and departments: read by all staff, changed by Admin.",
        ["Staff"] = "The staff directory: read by all staff, changed by Admin.",
        ["SLA"] = "Deadline rules: regulatory profiles, business calendars and SLA policies.",
        ["Notifications"] = "The caller's own in-app notifications.",
        ["Message templates"] = "The wording of every message, per key and language (Admin).",
        ["Outbox"] = "Messages waiting for delivery, and resending parked ones (Admin).",
        ["Customer"] = "The customer's side, anonymous: the complaint number and phone, then the signed link's token.",
        ["Reports"] = "Dashboard, drill-down lists, breakdown tables, the monthly report and the regulatory return.",
    };

    public static void AddComplaintDeskSwagger(this IServiceCollection services)
    {
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "ComplaintDesk API",
                Version = "v1",
                Description = "Complaint intake, assignment, handling, feedback and closure. Sign in with POST /api/auth/token and send the accessToken as a Bearer token.",
            });
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken from POST /api/auth/token.",
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
            var xml = Path.Combine(AppContext.BaseDirectory, "ComplaintDesk.Web.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
            o.SupportNonNullableReferenceTypes();
            o.OperationFilter<AnonymousOperationFilter>();
            o.DocumentFilter<TagDescriptionFilter>();
        });
    }

    /// <summary>Serves the document, naming the server it was asked from (scheme, host and path base), and Swagger UI.</summary>
    public static void UseComplaintDeskSwagger(this WebApplication app)
    {
        app.UseSwagger(o => o.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}{request.PathBase}" }]));
        app.UseSwaggerUI(o => o.DocumentTitle = "ComplaintDesk API");
    }

    /// <summary>Routes that allow anonymous callers (sign-in, the customer's side) declare no security requirement.</summary>
    private sealed class AnonymousOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
                operation.Security = [];
        }
    }

    private sealed class TagDescriptionFilter : IDocumentFilter
    {
        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
                if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
                    tag.Description = description;
        }
    }
}
