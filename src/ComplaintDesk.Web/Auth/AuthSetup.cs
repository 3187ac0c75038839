using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ComplaintDesk.Web.Auth;

internal static class AuthSetup
{
    /// <summary>Picks the scheme by path: bearer tokens for the API, the sign-in cookie for the pages.</summary>
    public const string ByPath = "ByPath";

    public static void AddComplaintDeskAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(ByPath)
            .AddPolicyScheme(ByPath, "Bearer token for /api, cookie for pages", o =>
                o.ForwardDefaultSelector = http => http.Request.Path.StartsWithSegments("/api")
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("Auth:TokenMinutes", 60));
                o.RefreshTokenExpiration = TimeSpan.FromHours(configuration.GetValue("Auth:RefreshHours", 12));
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "ComplaintDesk.Auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/access-denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue("Auth:CookieHours", 9));
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = RevalidateAsync;
            });
        services.AddAuthorization(PolicySetup.Add);
    }

    /// <summary>
    /// Every few minutes the cookie is checked against the staff table, so a deactivated account or a changed role
    /// takes effect within minutes instead of at the end of the working day.
    /// </summary>
    private static async Task RevalidateAsync(CookieValidatePrincipalContext context)
    {
        var issued = context.Properties.IssuedUtc;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (issued is not null && clock.GetUtcNow() - issued < TimeSpan.FromMinutes(5)) return;

        var staff = context.HttpContext.RequestServices.GetRequiredService<StaffService>();
        var member = context.Principal is null ? null : await staff.FindActiveAsync(context.Principal.ToActor().StaffId, context.HttpContext.RequestAborted);
        if (member is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.ReplacePrincipal(StaffClaims.CreatePrincipal(member, CookieAuthenticationDefaults.AuthenticationScheme));
        context.ShouldRenew = true;
    }
}
