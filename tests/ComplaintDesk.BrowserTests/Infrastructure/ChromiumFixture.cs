namespace ComplaintDesk.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole browser collection. It is Debian's Chromium, driven by Playwright's driver:
/// Playwright's own browser builds cannot be downloaded here, so nothing ever runs "playwright install".
/// A missing Chromium fails every browser test (it never skips them).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    /// <summary>COMPLAINTDESK_CHROMIUM overrides the path (another distribution, a local Chrome).</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("COMPLAINTDESK_CHROMIUM") is { Length: > 0 } path ? path : DefaultExecutablePath;

    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Install it with 'apt-get install -y chromium' (scripts/test.sh does), " +
                "or point COMPLAINTDESK_CHROMIUM at a Chromium or Chrome executable.");

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
        // The machines are small and shared: wait longer than Playwright's 5 s before calling an expectation false.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
    }
}

/// <summary>Every browser test class joins this collection: one Chromium, and the classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
