using Microsoft.OpenApi;

namespace ComplaintDesk.Web.Hosting;

internal static class SwaggerSetup
{
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
        });
    }
}
