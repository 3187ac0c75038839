using System.Reflection;
using ComplaintDesk.Complaints;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ComplaintDesk.Web.Ui;

/// <summary>
/// Marks a page's POST handler with the case action it performs. Razor Pages cannot put [Authorize] on a handler,
/// so <see cref="DeniedAsync"/> checks the action's policy before the input is even validated.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PerformsAttribute(CaseAction action) : Attribute
{
    public CaseAction Action { get; } = action;

    /// <summary>True when the user lacks the policy of the handler's action, or a POST handler declares none.</summary>
    public static async Task<bool> DeniedAsync(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return false;
        var action = context.HandlerMethod?.MethodInfo.GetCustomAttribute<PerformsAttribute>()?.Action;
        if (action is null) return true;
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(http.User, CaseActionPolicies.Of[action.Value]);
        return !result.Succeeded;
    }
}
