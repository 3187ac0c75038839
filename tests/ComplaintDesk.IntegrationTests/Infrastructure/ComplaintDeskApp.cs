using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app (real middleware, auth, validation, EF Core) in memory, on a given test database; with
/// <paramref name="clock"/>, on that clock instead of the system's; <paramref name="customize"/> adds settings or test
/// services after the defaults.
/// </summary>
public sealed class ComplaintDeskApp(string connectionString, TimeProvider? clock = null, Action<IWebHostBuilder>? customize = null)
    : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _tokens = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Complaints", connectionString);
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        // Pages and timelines must not change under a test; the monitor tests run passes themselves.
        builder.UseSetting("Sla:MonitorEnabled", "false");
        // Likewise the outbox: the delivery tests run dispatcher passes themselves.
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        builder.ConfigureTestServices(TestStaff.UseCheapPasswordHashing);
        if (clock is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
            // Tokens are stamped with the test's clock, which moves by days: let them outlast any test.
            builder.UseSetting("Auth:TokenMinutes", "5256000");
        }
        customize?.Invoke(builder);
    }

    /// <summary>A client signed in as the given test user (see <see cref="TestStaff"/>).</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password = TestStaff.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            _tokens[userName] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken, long ExpiresIn);
}
