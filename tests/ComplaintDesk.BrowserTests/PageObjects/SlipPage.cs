using System.Text.RegularExpressions;

namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>The acknowledgement slip at /intake/slip/{id}, shown right after registration.</summary>
public sealed partial class SlipPage(IPage page)
{
    public ILocator Number => page.Locator("[data-testid='registered'] [data-testid='complaint-number']");
    public ILocator Slip => page.GetByTestId("slip");
    public ILocator ResponseDue => Slip.GetByTestId("response-due");
    public ILocator OpenCaseLink => page.Locator("[data-testid='registered'] a[href^='/complaints/']");

    /// <summary>The complaint's id, read from the slip's address when the slip was shown.</summary>
    public long Id { get; } = long.Parse(IdPattern().Match(Shell.PathOf(page)).Groups[1].Value);

    public async Task<string> NumberAsync() => (await Number.InnerTextAsync()).Trim();

    [GeneratedRegex(@"/intake/slip/(\d+)$")]
    private static partial Regex IdPattern();
}
