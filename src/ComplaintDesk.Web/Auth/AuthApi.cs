using FluentValidation;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Auth;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    public TokenRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(128);
    }
}

public static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").AllowAnonymous().AddEndpointFilter<Errors.ValidationFilter>();

        group.MapPost("/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest request, StaffService staff, CancellationToken ct) =>
        {
            var outcome = await staff.AuthenticateAsync(request.UserName!, request.Password!, ct);
            if (outcome.Status == SignInStatus.LockedOut)
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Account locked",
                    detail: "Too many failed sign-ins; the account is locked for a while. An administrator can unlock it.");
            if (outcome.Staff is null)
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                    detail: "The user name or password is not correct, or the account is inactive.");
            return TypedResults.SignIn(StaffClaims.CreatePrincipal(outcome.Staff, BearerTokenDefaults.AuthenticationScheme),
                authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        })
        .WithName("SignIn").WithSummary("Exchange a user name and password for a bearer token")
        .Produces<AccessTokenResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
