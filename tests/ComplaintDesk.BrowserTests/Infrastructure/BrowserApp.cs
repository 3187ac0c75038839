using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel, on a free loopback port, with a given test database: Chromium talks to it over real HTTP.
/// Configured like the integration tests' in-memory app (environment "Testing").
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly Dictionary<string, string> _tokens = [];

    public BrowserApp(string connectionString)
    {
        _connectionString = connectionString;
        // Port 0: Kestrel picks a free port, so parallel runs and other engineers' servers never collide.
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/ (set by <see cref="Start"/>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Complaints", _connectionString);
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.ConfigureTestServices(TestStaff.UseCheapPasswordHashing);
        // Pages and timelines must not change under a test; the monitor tests run passes themselves.
        builder.UseSetting("Sla:MonitorEnabled", "false");
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        // Outside Development the app serves only published assets; the browser needs site.css and site.js from the
        // build output, as "dotnet run" would serve them.
        builder.UseStaticWebAssets();
    }

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    /// <summary>A plain HTTP client for the running server (no cookies shared with the browser).</summary>
    public HttpClient Http() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// An API client signed in with a bearer token as the given test user: the quick way to set up data (register a
    /// complaint, assign it) before a browser test looks at it.
    /// </summary>
    public async Task<HttpClient> ApiClientAsync(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            using var anonymous = Http();
            var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password = TestStaff.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            _tokens[userName] = token;
        }
        var client = Http();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken, long ExpiresIn);
}
