using System.Text.RegularExpressions;

namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>
/// What the layout puts on every page: skip link, main navigation, language switch, sign-out, and the main region.
/// Links are found by their href, so the same helper works in both languages.
/// </summary>
public sealed class Shell(IPage page)
{
    public const string AccessDeniedPath = "/account/access-denied";

    public IPage Page => page;
    public ILocator SkipLink => page.Locator("a.skip[href='#main']");
    public ILocator Main => page.Locator("main#main");
    public ILocator Heading => Main.Locator("h1").First;
    public ILocator MainNav => page.Locator("nav[aria-label='main']");
    public ILocator LanguageSwitch => page.Locator("#language-switch");
    /// <summary>The switch's submit button, for browsers without script (site.js hides it).</summary>
    public ILocator LanguageButton => page.Locator("form:has(#language-switch) button[type=submit]");
    public ILocator SignOutButton => page.Locator("form[action='/account/sign-out'] button[type=submit]");

    public ILocator NavLink(string href) => MainNav.Locator($"a[href='{href}']");

    /// <summary>Opens a path of the app; returns the response of the last navigation (after redirects).</summary>
    public Task<IResponse?> GotoAsync(string path) => page.GotoAsync(path);

    /// <summary>Follows a main-navigation link, as a person would.</summary>
    public async Task NavigateAsync(string href)
    {
        await NavLink(href).ClickAsync();
        await WaitForPathAsync(page, href);
    }

    /// <summary>Picks a language in the switch (which submits itself) and waits for the page to come back in it.</summary>
    public async Task SwitchLanguageAsync(string culture)
    {
        await LanguageSwitch.SelectOptionAsync(culture);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Navigation.WaitForCompleteAsync(page);
    }

    public Task<string?> LanguageAsync() => page.Locator("html").GetAttributeAsync("lang");

    public async Task SignOutAsync()
    {
        await SignOutButton.ClickAsync();
        await WaitForPathAsync(page, SignInPage.Path);
    }

    /// <summary>Waits until the browser is on the given path (any query or fragment) and its document is parsed.</summary>
    public static Task WaitForPathAsync(IPage page, string path) =>
        Navigation.WaitForAddressAsync(page, new Regex("^[a-z]+://[^/]+" + Regex.Escape(path) + "([?#].*)?$", RegexOptions.IgnoreCase));

    /// <summary>The path of the page the browser is on, e.g. "/queue".</summary>
    public static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;

    /// <summary>True when the browser is on the access-denied page (cookie auth sends a forbidden person there).</summary>
    public bool IsAccessDenied => PathOf(page).Equals(AccessDeniedPath, StringComparison.OrdinalIgnoreCase);
}
