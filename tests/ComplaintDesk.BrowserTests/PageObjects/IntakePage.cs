namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>The counter's intake form at /intake/new, with the customer history panel beside it.</summary>
public sealed class IntakePage(IPage page)
{
    public const string Path = "/intake/new";

    public ILocator Form => page.GetByTestId("intake-form");
    public ILocator Name => Field("Input.Customer.Name");
    public ILocator Phone => Field("Input.Customer.Phone");
    public ILocator NationalId => Field("Input.Customer.NationalId");
    public ILocator Email => Field("Input.Customer.Email");
    public ILocator Channel => Field("Input.Channel");
    public ILocator Category => Field("Input.CategoryId");
    public ILocator Priority => Field("Input.Priority");
    public ILocator Description => Field("Input.Description");
    public ILocator DesiredOutcome => Field("Input.DesiredOutcome");
    public ILocator Register => page.GetByTestId("register");
    /// <summary>The no-script way to look the customer up: a second submit button, hidden when the script runs.</summary>
    public ILocator ShowHistoryButton => Form.Locator("button[formaction*='handler=History']");
    public ILocator History => page.GetByTestId("customer-history");
    public ILocator HistoryNumbers => History.Locator("a.number");
    public ILocator FormErrors => page.GetByTestId("form-errors");

    /// <summary>The error span beside a field, by the field's name (e.g. "Input.Customer.Phone").</summary>
    public ILocator ErrorFor(string field) => page.Locator($"span.field-error[data-valmsg-for='{field}']");

    private ILocator Field(string name) => Form.Locator($"[name='{name}']");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await Assertions.Expect(Register).ToBeVisibleAsync();
    }

    public async Task FillAsync(string name, string phone, string description, string? desiredOutcome = null, string? category = null)
    {
        await Name.FillAsync(name);
        await Phone.FillAsync(phone);
        if (category is not null) await Category.SelectOptionAsync(category);
        await Description.FillAsync(description);
        if (desiredOutcome is not null) await DesiredOutcome.FillAsync(desiredOutcome);
    }

    /// <summary>Submits the form and waits for the acknowledgement slip.</summary>
    public async Task<SlipPage> RegisterAsync()
    {
        await Register.ClickAsync();
        await Navigation.WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex(@"/intake/slip/\d+$"));
        var slip = new SlipPage(page);
        await Assertions.Expect(slip.Number).ToBeVisibleAsync();
        return slip;
    }
}
