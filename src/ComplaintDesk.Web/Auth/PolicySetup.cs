using Microsoft.AspNetCore.Authorization;

namespace ComplaintDesk.Web.Auth;

internal static class PolicySetup
{
    /// <summary>One authorization policy per role set in <see cref="Policies"/>; anything unnamed needs a staff sign-in.</summary>
    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in Policies.RolesByPolicy)
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        options.FallbackPolicy = options.GetPolicy(Policies.AnyStaff);
    }
}
