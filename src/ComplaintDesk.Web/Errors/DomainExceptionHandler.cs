using System.Text.Json;
using System.Text.RegularExpressions;
using ComplaintDesk.CustomerPortal;
using Microsoft.AspNetCore.Diagnostics;

namespace ComplaintDesk.Web.Errors;

/// <summary>
/// The one place where errors become RFC 7807 problem details: domain errors to 403/404/409/410/429, unreadable input to 400.
/// Anything else is left to the default handler (a 500 without internals).
/// </summary>
public sealed partial class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found", e),
            ForbiddenActionException e => Problem(StatusCodes.Status403Forbidden, "Not allowed on this complaint", e),
            ConcurrencyConflictException e => WithExtension(Problem(StatusCodes.Status409Conflict, "Edit conflict", e), "current", e.Current),
            IllegalTransitionException e => WithExtension(Problem(StatusCodes.Status409Conflict, "Step not allowed", e), "currentStatus", e.CurrentStatus),
            DuplicateException e => Fields(StatusCodes.Status409Conflict, "Duplicate", e.Field, e),
            RuleViolationException e => Fields(StatusCodes.Status400BadRequest, "The request has invalid fields.", e.Field, e),
            LookupFailedException e => Problem(StatusCodes.Status404NotFound, "Not found", e),
            CustomerLinkRefusedException { State: LinkState.Expired } e => Problem(StatusCodes.Status410Gone, "Link expired", e),
            CustomerLinkRefusedException e => Problem(StatusCodes.Status404NotFound, "Not found", e),
            TooManyAttemptsException e => RetryLater(http, e),
            _ => null,
        };
        if (problem is null) return false;

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails RetryLater(HttpContext http, TooManyAttemptsException e)
    {
        http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, "Too many attempts", e);
    }

    private static ProblemDetails Problem(int status, string title, DomainException e) =>
        WithExtension(new ProblemDetails { Status = status, Title = title, Detail = e.Message }, "code", e.Code);

    private static ProblemDetails Fields(int status, string title, string field, DomainException e) =>
        WithExtension(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [e.Message] })
            { Status = status, Title = title, Detail = e.Message }, "code", e.Code);

    private static ProblemDetails BadRequest(BadHttpRequestException e)
    {
        // The innermost JsonException names the JSON path at fault ("$.channel"); report it as the field.
        var json = e.InnerException as JsonException ?? e.InnerException?.InnerException as JsonException;
        var field = json?.Path is { Length: > 0 } path ? path.TrimStart('$', '.')
            : e is BadHeaderException header ? header.Header
            : UnboundParameter().Match(e.Message) is { Success: true } unbound ? ValidationFilter.FieldName(unbound.Groups["name"].Value)
            : "body";
        var message = json is null ? e.Message : $"The value at '{json.Path}' could not be read: check its type and allowed values.";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] })
        {
            Status = e.StatusCode,
            Title = e.StatusCode == StatusCodes.Status400BadRequest ? "The request could not be read." : "The request was refused.",
            Detail = e.Message,
        };
    }

    /// <summary>The framework's message when a query or route value does not convert: 'Failed to bind parameter "int? Limit" from "x".'</summary>
    [GeneratedRegex(@"^Failed to bind parameter ""(?:[^""]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)"" from ")]
    private static partial Regex UnboundParameter();

    private static ProblemDetails WithExtension(ProblemDetails p, string key, object? value)
    {
        p.Extensions[key] = value;
        return p;
    }
}
