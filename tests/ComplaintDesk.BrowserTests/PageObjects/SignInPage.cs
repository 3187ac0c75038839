using System.Text.RegularExpressions;

namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>The sign-in form at /account/sign-in, found by field names (never by its translated labels).</summary>
public sealed class SignInPage(IPage page)
{
    public const string Path = "/account/sign-in";

    public ILocator Form => page.Locator("form:has(input[name='Input.UserName'])");
    public ILocator UserName => page.Locator("input[name='Input.UserName']");
    public ILocator Password => page.Locator("input[name='Input.Password']");
    public ILocator Submit => Form.Locator("button[type=submit]");
    public ILocator Errors => page.GetByTestId("form-errors");
    public ILocator Heading => page.Locator("main h1");

    public async Task GotoAsync(string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? Path : $"{Path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await Assertions.Expect(UserName).ToBeVisibleAsync();
    }

    /// <summary>Fills and submits the form; the caller checks where it went.</summary>
    public async Task SubmitAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }

    /// <summary>Signs in and waits until the browser has left the sign-in page; returns the path it landed on.</summary>
    public async Task<string> SignInAsync(string userName, string password, string? returnUrl = null)
    {
        await GotoAsync(returnUrl);
        await SubmitAsync(userName, password);
        await Navigation.WaitForAddressAsync(page, new Regex("^(?!.*/account/sign-in)", RegexOptions.IgnoreCase));
        return Shell.PathOf(page);
    }
}
