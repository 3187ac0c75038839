using Microsoft.AspNetCore.Authentication.BearerToken;

namespace ComplaintDesk.Web.Auth;

internal static class AuthSetup
{
    public static void AddComplaintDeskAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("Auth:TokenMinutes", 60));
                o.RefreshTokenExpiration = TimeSpan.FromHours(configuration.GetValue("Auth:RefreshHours", 12));
            });
        services.AddAuthorization(Policies.Add);
    }
}
