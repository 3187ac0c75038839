using System.Runtime.CompilerServices;

namespace ComplaintDesk.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test class. Each test runs inside <see cref="BrowseAsync(Func{IPage, Task}, string)"/>, which
/// opens a fresh browser context (own cookies, own locale), and when the test fails saves a screenshot, the page's HTML
/// and the browser console of every page the test opened before closing them. A derived class must carry
/// <c>[Collection(BrowserCollection.Name)]</c> (xunit does not inherit it) and take both fixtures in its constructor.
/// </summary>
public abstract class BrowserTest(ChromiumFixture chromium, AppFixture app) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private readonly List<(IBrowserContext Context, IPage Page, List<string> Console)> _open = [];

    protected AppFixture App { get; } = app;
    protected TestStaff Staff => App.Staff;

    /// <summary>Runs a test in a fresh context whose browser asks for Chinese (the bank's default).</summary>
    protected Task BrowseAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        BrowseAsync(Chinese, test, testName);

    /// <summary>Runs a test in a fresh context with the given browser locale (sent as Accept-Language).</summary>
    protected Task BrowseAsync(string locale, Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        BrowseAsync(new BrowserNewContextOptions { Locale = locale }, test, testName);

    /// <summary>
    /// Runs a test in a fresh context with other options too (e.g. <c>JavaScriptEnabled = false</c>, a small viewport);
    /// the base address, time zone and default viewport are filled in where not given.
    /// </summary>
    protected async Task BrowseAsync(BrowserNewContextOptions options, Func<IPage, Task> test, [CallerMemberName] string testName = "")
    {
        var page = await OpenPageAsync(options);
        try
        {
            await test(page);
        }
        catch
        {
            await SaveFailureAsync(testName);
            throw;
        }
        finally
        {
            await CloseAllAsync();
        }
    }

    /// <summary>
    /// Another page in its own context: a second person at another desk (e.g. two handlers on one case). Closed, and
    /// captured on failure, together with the test's main page.
    /// </summary>
    protected Task<IPage> OpenPageAsync(string locale = Chinese) =>
        OpenPageAsync(new BrowserNewContextOptions { Locale = locale });

    protected async Task<IPage> OpenPageAsync(BrowserNewContextOptions options)
    {
        options.BaseURL ??= App.BaseAddress.ToString();
        options.Locale ??= Chinese;
        options.TimezoneId ??= "Asia/Shanghai";
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        var context = await chromium.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"[{m.Type}] {m.Text}");
        page.PageError += (_, e) => console.Add($"[pageerror] {e}");
        page.Response += (_, r) => { if (r.Status >= 400) console.Add($"[http {r.Status}] {r.Request.Method} {r.Url}"); };
        page.RequestFailed += (_, r) => console.Add($"[failed] {r.Method} {r.Url}: {r.Failure}");
        _open.Add((context, page, console));
        return page;
    }

    /// <summary>Signs in through the real form and returns the path the app sent the user to.</summary>
    protected static Task<string> SignInAsync(IPage page, string userName) =>
        new SignInPage(page).SignInAsync(userName, TestStaff.Password);

    /// <summary>A full-page PNG at artifacts/screenshots/&lt;name&gt;.png.</summary>
    protected static Task<string> ScreenshotAsync(IPage page, string name) => Artifacts.ScreenshotAsync(page, name);

    private async Task SaveFailureAsync(string testName)
    {
        for (var i = 0; i < _open.Count; i++)
        {
            var (_, page, console) = _open[i];
            var name = $"FAILED-{GetType().Name}.{testName}" + (_open.Count > 1 ? $"-{i + 1}" : "");
            try
            {
                await Artifacts.ScreenshotAsync(page, name);
                await Artifacts.HtmlAsync(page, name);
                await Artifacts.TextAsync(name, ".console.txt", $"{page.Url}\n{string.Join('\n', console)}\n");
            }
            catch (Exception e)
            {
                // A page that crashed or closed cannot be captured; the test's own failure matters more.
                await Artifacts.TextAsync(name, ".capture-error.txt", e.ToString());
            }
        }
    }

    private async Task CloseAllAsync()
    {
        foreach (var (context, _, _) in _open)
        {
            try { await context.CloseAsync(); } catch (PlaywrightException) { }
        }
        _open.Clear();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => CloseAllAsync();
}
