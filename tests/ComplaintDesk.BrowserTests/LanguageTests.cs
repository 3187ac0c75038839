namespace ComplaintDesk.BrowserTests;

/// <summary>The language switch on every page. Translated text is asserted on purpose here.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    [Fact]
    public Task Switching_language_changes_the_text_and_the_choice_follows_to_other_pages() => BrowseAsync(Chinese, async page =>
    {
        var shell = new Shell(page);
        var signIn = new SignInPage(page);
        await signIn.GotoAsync(returnUrl: Shell.AccessDeniedPath);
        (await shell.LanguageAsync()).ShouldBe(Chinese);
        await Assertions.Expect(signIn.Heading).ToHaveTextAsync("登录投诉管理台");
        await Assertions.Expect(shell.LanguageSwitch).ToHaveValueAsync(Chinese);
        // With the script running the switch submits itself, so its fallback button is hidden.
        await Assertions.Expect(shell.LanguageButton).ToBeHiddenAsync();

        await shell.SwitchLanguageAsync(English);

        await Assertions.Expect(signIn.Heading).ToHaveTextAsync("Sign in to ComplaintDesk");
        await Assertions.Expect(page.Locator("label[for='Input_UserName']")).ToHaveTextAsync("User name");
        await Assertions.Expect(shell.LanguageSwitch).ToHaveValueAsync(English);
        // Back on the same page, query string included.
        Shell.PathOf(page).ShouldBe(SignInPage.Path);
        new Uri(page.Url).Query.ShouldContain("ReturnUrl=");
        await ScreenshotAsync(page, "sign-in-english");

        // The choice is remembered: signing in and the next pages stay English, navigation included.
        await signIn.SubmitAsync("supervisor", TestStaff.Password);
        await Shell.WaitForPathAsync(page, Shell.AccessDeniedPath);
        (await shell.LanguageAsync()).ShouldBe(English);
        await Assertions.Expect(shell.Heading).ToHaveTextAsync("Access denied");
        await Assertions.Expect(shell.NavLink("/queue")).ToHaveTextAsync("My queue");
        await Assertions.Expect(shell.NavLink("/supervision/triage")).ToHaveTextAsync("Triage");
        await ScreenshotAsync(page, "layout-english");

        await shell.SwitchLanguageAsync(Chinese);

        await Assertions.Expect(shell.Heading).ToHaveTextAsync("无权访问");
        await Assertions.Expect(shell.NavLink("/queue")).ToHaveTextAsync("我的待办");
        await Assertions.Expect(shell.NavLink("/supervision/triage")).ToHaveTextAsync("分派");
        await page.ReloadAsync();
        await Assertions.Expect(shell.NavLink("/intake/new")).ToHaveTextAsync("登记投诉");
        await ScreenshotAsync(page, "layout-chinese");
    });

    [Fact]
    public Task An_English_browser_gets_English_until_Chinese_is_chosen() => BrowseAsync(English, async page =>
    {
        var shell = new Shell(page);
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        (await shell.LanguageAsync()).ShouldBe(English);
        await Assertions.Expect(signIn.Heading).ToHaveTextAsync("Sign in to ComplaintDesk");

        await shell.SwitchLanguageAsync(Chinese);
        await Assertions.Expect(signIn.Heading).ToHaveTextAsync("登录投诉管理台");

        // The cookie wins over the browser's Accept-Language on the next page.
        await page.GotoAsync(Shell.AccessDeniedPath);
        (await shell.LanguageAsync()).ShouldBe(Chinese);
        await Assertions.Expect(shell.Heading).ToHaveTextAsync("无权访问");
    });

    [Fact]
    public Task Without_script_the_language_button_submits_the_choice() =>
        BrowseAsync(new BrowserNewContextOptions { Locale = Chinese, JavaScriptEnabled = false }, async page =>
        {
            var shell = new Shell(page);
            var signIn = new SignInPage(page);
            await signIn.GotoAsync();
            await Assertions.Expect(shell.LanguageButton).ToBeVisibleAsync();

            await shell.LanguageSwitch.SelectOptionAsync(English);
            await shell.LanguageButton.ClickAsync();

            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", English);
            await Assertions.Expect(signIn.Heading).ToHaveTextAsync("Sign in to ComplaintDesk");
        });
}
