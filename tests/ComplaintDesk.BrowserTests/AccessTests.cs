namespace ComplaintDesk.BrowserTests;

/// <summary>Who sees which links, and what happens when someone opens a page their role may not.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    [FactWhenPagesExist("/supervision/triage")]
    public Task A_handler_opening_triage_gets_access_denied() => ExpectDeniedAsync("handler", "/supervision/triage");

    [FactWhenPagesExist("/admin/staff")]
    public Task A_handler_opening_staff_administration_gets_access_denied() => ExpectDeniedAsync("handler", "/admin/staff");

    [Theory]
    [InlineData("counter", "/intake/new")]
    [InlineData("handler", "/intake/new /queue")]
    [InlineData("supervisor", "/intake/new /queue /supervision/triage /supervision/team /supervision/escalations /manager /reports/dashboard /reports/monthly /reports/regulatory")]
    [InlineData("manager", "/manager /reports/dashboard /reports/monthly /reports/regulatory")]
    [InlineData("admin", "/admin/staff /admin/departments /admin/categories /admin/sla /admin/sla/calendars /admin/sla/policies /admin/outbox /admin/templates")]
    public Task The_navigation_shows_only_the_role_links(string userName, string links) => BrowseAsync(async page =>
    {
        var shell = new Shell(page);
        var home = await SignInAsync(page, userName);
        // The role's home once it exists; until then any page with the layout will do.
        await shell.GotoAsync(AppPages.Exists(home) ? home : Shell.AccessDeniedPath);

        var hrefs = await shell.MainNav.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        hrefs.ShouldBe(links.Split(' '));
    }, $"{nameof(The_navigation_shows_only_the_role_links)}-{userName}");

    private Task ExpectDeniedAsync(string userName, string path, [System.Runtime.CompilerServices.CallerMemberName] string testName = "") =>
        BrowseAsync(async page =>
        {
            var shell = new Shell(page);
            await SignInAsync(page, userName);
            await Assertions.Expect(shell.NavLink(path)).ToHaveCountAsync(0);

            var response = await shell.GotoAsync(path);

            shell.IsAccessDenied.ShouldBeTrue($"expected the access-denied page, got {page.Url}");
            response.ShouldNotBeNull().Status.ShouldBe(403);
            await Assertions.Expect(shell.Heading).ToHaveTextAsync("无权访问");
            await ScreenshotAsync(page, $"access-denied-{userName}{path.Replace('/', '-')}");
        }, testName);
}
