using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ComplaintDesk.Web.Hosting;

internal static class HealthEndpoints
{
    /// <summary>live: the process answers; ready: it can also reach its database.</summary>
    public static void MapComplaintDeskHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
