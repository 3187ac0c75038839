namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>The handler's queue at /queue: open complaints assigned to the signed-in handler.</summary>
public sealed class QueuePage(IPage page)
{
    public const string Path = "/queue";

    public ILocator Table => page.GetByTestId("queue");
    public ILocator Empty => page.GetByTestId("queue-empty");
    public ILocator Search => page.Locator("form[role=search] input[name='Q']");
    public ILocator Row(string number) => Table.Locator($"tr[data-complaint='{number}']");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await Assertions.Expect(page.GetByTestId("queue-counts")).ToBeVisibleAsync();
    }

    /// <summary>Follows the complaint's number from its row to the case page.</summary>
    public async Task<CasePage> OpenAsync(string number)
    {
        await Row(number).Locator("a.number").ClickAsync();
        await Navigation.WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex(@"/complaints/\d+$"));
        var casePage = new CasePage(page);
        await Assertions.Expect(casePage.Number).ToHaveTextAsync(number);
        return casePage;
    }
}
