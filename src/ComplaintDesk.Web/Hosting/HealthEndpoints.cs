using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ComplaintDesk.Web.Hosting;

internal static class HealthEndpoints
{
    /// <summary>
    /// live: the process answers; ready: it can also reach its database. Infrastructure for probes, not part of the API:
    /// left out of the OpenAPI document.
    /// </summary>
    public static void MapComplaintDeskHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous()
            .ExcludeFromDescription();
    }
}
