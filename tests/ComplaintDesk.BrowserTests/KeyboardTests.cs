using System.Text.Json;

namespace ComplaintDesk.BrowserTests;

/// <summary>Keyboard use: the skip link comes first and takes focus to the main content.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    // Everything the Tab key can stop on, in document order, minus hidden elements; and any positive tabindex.
    private const string TabOrder = """
        () => {
            const stops = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden' && !e.closest('[hidden]') && e.getClientRects().length > 0);
            return {
                count: stops.length,
                firstIsSkipLink: stops.length > 0 && stops[0].matches('a.skip[href="#main"]'),
                positiveTabIndex: [...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).length,
            };
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task Tab_first_reaches_the_skip_link_which_moves_focus_to_main(bool signedIn) => BrowseAsync(async page =>
    {
        var shell = new Shell(page);
        if (signedIn) await SignInAsync(page, "supervisor");
        await shell.GotoAsync(Shell.AccessDeniedPath);
        // Off screen until focused (this also shows the stylesheet loaded).
        (await shell.SkipLink.BoundingBoxAsync()).ShouldNotBeNull().X.ShouldBeLessThan(0);

        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(shell.SkipLink).ToBeFocusedAsync();
        var box = (await shell.SkipLink.BoundingBoxAsync()).ShouldNotBeNull();
        box.X.ShouldBeGreaterThanOrEqualTo(0, "a focused skip link must be on screen");
        await ScreenshotAsync(page, $"skip-link-focused{(signedIn ? "-signed-in" : "")}");

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(shell.Main).ToBeFocusedAsync();
        new Uri(page.Url).Fragment.ShouldBe("#main");
    }, $"{nameof(Tab_first_reaches_the_skip_link_which_moves_focus_to_main)}-{(signedIn ? "signed-in" : "signed-out")}");

    [Fact]
    public Task On_the_sign_in_page_the_skip_link_is_the_first_tab_stop_and_no_tabindex_reorders() => BrowseAsync(async page =>
    {
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        // The user name field has autofocus, so a Tab from the top of the page cannot be pressed here: read the order.
        await Assertions.Expect(signIn.UserName).ToBeFocusedAsync();

        var order = await page.EvaluateAsync<JsonElement>(TabOrder);

        order.GetProperty("count").GetInt32().ShouldBeGreaterThan(3);
        order.GetProperty("firstIsSkipLink").GetBoolean().ShouldBeTrue();
        order.GetProperty("positiveTabIndex").GetInt32().ShouldBe(0);
    });
}
