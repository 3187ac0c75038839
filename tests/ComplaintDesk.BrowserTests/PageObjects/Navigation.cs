using System.Text.RegularExpressions;

namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>
/// Waits for the browser to arrive somewhere. Every wait here polls (the address, the document's state) instead of
/// waiting for Playwright's navigation and load-state events: a wait that starts listening just after its event has
/// been delivered sits out its whole timeout. That happened once on CI (a 30 s timeout whose log held only a late
/// "NetworkIdle"), and a poll cannot miss what has already happened.
/// </summary>
public static class Navigation
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs an action that submits a form and waits until the browser shows a new document: marks the current one
    /// first, so a form that comes back to the same address (errors, post-redirect-get) is never mistaken for done.
    /// </summary>
    public static async Task SubmitAndWaitAsync(IPage page, Func<Task> submit)
    {
        await page.EvaluateAsync("() => { window.__beforeSubmit = true; }");
        await submit();
        await page.WaitForFunctionAsync("() => window.__beforeSubmit !== true && document.readyState !== 'loading'",
            null, new PageWaitForFunctionOptions { Timeout = (float)Timeout.TotalMilliseconds });
    }

    /// <summary>Waits until the browser's address matches and the document there has been parsed.</summary>
    public static async Task WaitForAddressAsync(IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = (float)Timeout.TotalMilliseconds });
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'",
            null, new PageWaitForFunctionOptions { Timeout = (float)Timeout.TotalMilliseconds });
    }

    /// <summary>Waits until the page and everything it loads (styles, images) are there, e.g. before a screenshot.</summary>
    public static Task WaitForCompleteAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.readyState === 'complete'",
            null, new PageWaitForFunctionOptions { Timeout = (float)Timeout.TotalMilliseconds });
}
