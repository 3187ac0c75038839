using System.Diagnostics;
using System.Security.Claims;

namespace ComplaintDesk.Web.Hosting;

/// <summary>One structured line per request; endpoints add the complaint number through <see cref="ComplaintNumberKey"/>.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string ComplaintNumberKey = "ComplaintDesk.ComplaintNumber";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path}{Query} responded {StatusCode} in {Elapsed:0.0} ms user {User} complaint {ComplaintNumber}",
                context.Request.Method, LoggedPath.Of(context.Request.Path), context.Request.QueryString.Value, context.Response.StatusCode, elapsed,
                context.User.FindFirstValue(ClaimTypes.Name) ?? "-", context.Items[ComplaintNumberKey] as string ?? "-");
        }
    }
}
