using System.Text.RegularExpressions;

namespace ComplaintDesk.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    [Fact]
    public Task Wrong_password_shows_the_error_and_keeps_the_user_name() => BrowseAsync(async page =>
    {
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await signIn.SubmitAsync("handler", "not-the-password");

        await Assertions.Expect(signIn.Errors).ToBeVisibleAsync();
        await Assertions.Expect(signIn.Errors).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(signIn.Errors).ToContainTextAsync("用户名或密码不正确");
        Shell.PathOf(page).ShouldBe(SignInPage.Path);
        (await signIn.UserName.InputValueAsync()).ShouldBe("handler");
        (await signIn.Password.InputValueAsync()).ShouldBeEmpty();
        (await page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "ComplaintDesk.Auth");
        await ScreenshotAsync(page, "sign-in-wrong-password");
    });

    [Theory]
    [InlineData("counter", "/intake/new")]
    [InlineData("handler", "/queue")]
    [InlineData("supervisor", "/supervision/triage")]
    [InlineData("manager", "/manager")]
    [InlineData("admin", "/admin/staff")]
    public Task Signing_in_lands_on_the_role_home(string userName, string home) => BrowseAsync(async page =>
    {
        var landed = await SignInAsync(page, userName);

        landed.ShouldBe(home);
        var cookie = (await page.Context.CookiesAsync()).Where(c => c.Name == "ComplaintDesk.Auth").ShouldHaveSingleItem();
        cookie.HttpOnly.ShouldBeTrue();
        // Signed in, the sign-in page itself sends the person home again.
        await page.GotoAsync(SignInPage.Path);
        Shell.PathOf(page).ShouldBe(home);
    }, $"{nameof(Signing_in_lands_on_the_role_home)}-{userName}");

    [Fact]
    public Task Opening_the_app_signed_out_asks_to_sign_in_and_then_returns() => BrowseAsync(async page =>
    {
        await page.GotoAsync("/");

        Shell.PathOf(page).ShouldBe(SignInPage.Path);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]ReturnUrl=%2F($|&)", RegexOptions.IgnoreCase));
        var signIn = new SignInPage(page);
        await signIn.SubmitAsync("counter", TestStaff.Password);
        await Shell.WaitForPathAsync(page, "/intake/new");
    });

    [Fact]
    public Task Signing_out_ends_the_session() => BrowseAsync(async page =>
    {
        var shell = new Shell(page);
        await SignInAsync(page, "supervisor");
        await shell.GotoAsync(Shell.AccessDeniedPath);

        await shell.SignOutAsync();

        (await page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "ComplaintDesk.Auth");
        await Assertions.Expect(new SignInPage(page).UserName).ToBeVisibleAsync();
        await page.GotoAsync("/");
        Shell.PathOf(page).ShouldBe(SignInPage.Path);
    });
}
