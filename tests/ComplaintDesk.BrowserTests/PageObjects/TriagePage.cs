namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>The supervisor's triage page: complaints waiting for an owner, single assignment and bulk assignment.</summary>
public sealed class TriagePage(IPage page)
{
    public const string Path = "/supervision/triage";

    public ILocator Table => page.GetByTestId("triage");
    public ILocator Row(long id) => Table.Locator($"tr[data-complaint='{id}']");
    public ILocator AssignForm => page.Locator("section#assign form");
    public ILocator Success => page.GetByTestId("success");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
    }

    /// <summary>Opens the single-assignment form from the complaint's row ("Assign…").</summary>
    public async Task OpenAssignFormAsync(long id)
    {
        await Row(id).Locator("a.button[href*='complaint=']").ClickAsync();
        await Assertions.Expect(AssignForm).ToBeVisibleAsync();
    }

    /// <summary>Chooses department and handler (by id) in the open form and assigns; waits for the confirmation.</summary>
    public async Task AssignAsync(long departmentId, long handlerId)
    {
        await AssignForm.Locator("[name='Assign.DepartmentId']").SelectOptionAsync(departmentId.ToString());
        await AssignForm.Locator("[name='Assign.HandlerId']").SelectOptionAsync(handlerId.ToString());
        await Navigation.SubmitAndWaitAsync(page, () => AssignForm.Locator("button[type=submit]").ClickAsync());
        await Assertions.Expect(Success).ToBeVisibleAsync();
    }
}
