namespace ComplaintDesk.BrowserTests.PageObjects;

public static class Navigation
{
    /// <summary>
    /// Runs an action that submits a form and waits until the browser shows a new document: marks the current one
    /// first, so a form that comes back to the same address (errors, post-redirect-get) is never mistaken for done.
    /// </summary>
    public static async Task SubmitAndWaitAsync(IPage page, Func<Task> submit)
    {
        await page.EvaluateAsync("() => { window.__beforeSubmit = true; }");
        await submit();
        await page.WaitForFunctionAsync("() => window.__beforeSubmit !== true && document.readyState !== 'loading'",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
    }
}
