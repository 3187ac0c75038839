namespace ComplaintDesk.BrowserTests.PageObjects;

/// <summary>
/// The case page at /complaints/{id}: record, result, timeline and one action form per step allowed now. Action forms
/// are found by their data-action, fields by name; every step posts and comes back with a "done" message.
/// </summary>
public sealed class CasePage(IPage page)
{
    public ILocator Number => page.Locator(".case-head [data-testid='complaint-number']");
    /// <summary>The status badge in the heading; its data-status is the status's code (e.g. "InProgress").</summary>
    public ILocator Status => page.Locator(".case-head .badge[data-status]");
    public ILocator Done => page.GetByTestId("done");
    public ILocator FormErrors => page.GetByTestId("form-errors");
    public ILocator Actions => page.GetByTestId("actions");
    public ILocator Steps => page.GetByTestId("steps");
    public ILocator Resolution => page.GetByTestId("resolution");
    public ILocator Feedback => page.GetByTestId("feedback");
    public ILocator Closure => page.GetByTestId("closure");
    public ILocator Timeline => page.GetByTestId("timeline");
    public ILocator TimelineEntries => Timeline.Locator("li[data-sequence]");
    public ILocator Handler => page.GetByTestId("handler");
    public ILocator Deadlines => page.GetByTestId("deadlines");
    public ILocator ClocksPaused => page.GetByTestId("clocks-paused");
    public ILocator ExtensionPending => page.GetByTestId("extension-pending");
    public ILocator Extensions => page.GetByTestId("extensions");

    /// <summary>A target's row in the Deadlines panel; its data-status is the deadline's state (e.g. "OnTrack").</summary>
    public ILocator DeadlineRow(string target, int round = 0) =>
        Deadlines.Locator($"tr[data-target='{target}'][data-round='{round}']");

    /// <summary>The due time shown for a target.</summary>
    public ILocator DueOf(string target, int round = 0) => page.GetByTestId($"due-{target}-{round}");

    /// <summary>The action block for a step: "Start", "Step", "Resolve", "Feedback", "Confirm", ...</summary>
    public ILocator Action(string name) => Actions.Locator($"[data-action='{name}']");

    public async Task GotoAsync(long id)
    {
        await page.GotoAsync($"/complaints/{id}");
        await Assertions.Expect(Number).ToBeVisibleAsync();
    }

    /// <summary>The timeline's event types in order (e.g. Registered, Assigned, HandlingStarted ...).</summary>
    public Task<string[]> TimelineTypesAsync() =>
        TimelineEntries.EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.type)");

    public Task StartAsync() => SubmitAsync("Start", _ => Task.CompletedTask);

    public Task AddNoteAsync(string kind, string text, bool customerVisible) => SubmitAsync("Step", async form =>
    {
        await form.Locator("[name='Step.Kind']").SelectOptionAsync(kind);
        await form.Locator("[name='Step.Text']").FillAsync(text);
        await form.Locator("[name='Step.CustomerVisible']").SetCheckedAsync(customerVisible);
    });

    public Task ResolveAsync(string outcome, string measures, bool upheld, string? improvementPlan = null, string? rootCause = null,
        decimal? redress = null) => SubmitAsync("Resolve", async form =>
    {
        await form.Locator("[name='Resolve.Outcome']").FillAsync(outcome);
        await form.Locator("[name='Resolve.MeasuresTaken']").FillAsync(measures);
        if (improvementPlan is not null) await form.Locator("[name='Resolve.ImprovementPlan']").FillAsync(improvementPlan);
        await form.Locator(upheld ? "#resolve-upheld-yes" : "#resolve-upheld-no").CheckAsync();
        if (rootCause is not null) await form.Locator("[name='Resolve.RootCause']").FillAsync(rootCause);
        if (redress is { } amount)
            await form.Locator("[name='Resolve.RedressAmount']").FillAsync(amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    public Task RecordFeedbackAsync(string channel, string summary) => SubmitAsync("Feedback", async form =>
    {
        await form.Locator("[name='Feedback.Channel']").SelectOptionAsync(channel);
        await form.Locator("[name='Feedback.Summary']").FillAsync(summary);
    });

    public Task ConfirmAsync(bool satisfied, string? comment = null) => SubmitAsync("Confirm", async form =>
    {
        await form.Locator(satisfied ? "#confirm-satisfied-yes" : "#confirm-satisfied-no").CheckAsync();
        if (comment is not null) await form.Locator("[name='Confirm.Comment']").FillAsync(comment);
    });

    public Task PauseAsync(string reason) => SubmitAsync("Pause", form => form.Locator("[name='Pause.Reason']").FillAsync(reason));

    public Task ResumeAsync() => SubmitAsync("Resume", _ => Task.CompletedTask);

    public Task RequestExtensionAsync(string reason) =>
        SubmitAsync("Extension", form => form.Locator("[name='Extension.Reason']").FillAsync(reason));

    public Task DecideExtensionAsync(bool approve, string? comment = null) => SubmitAsync("ExtensionDecision", async form =>
    {
        await form.Locator(approve ? "#extension-approve-yes" : "#extension-approve-no").CheckAsync();
        if (comment is not null) await form.Locator("[name='ExtensionDecision.Comment']").FillAsync(comment);
    });

    /// <summary>Opens the action (a details element, or a plain form), fills it, submits it and waits for the page to come back.</summary>
    private async Task SubmitAsync(string action, Func<ILocator, Task> fill)
    {
        var block = Action(action);
        await Assertions.Expect(block).ToBeVisibleAsync();
        if (await block.EvaluateAsync<bool>("el => el.tagName === 'DETAILS' && !el.open"))
            await block.Locator("summary").ClickAsync();
        var form = block.Locator("form").Or(page.Locator($"form[data-action='{action}']")).First;
        await fill(form);
        var entries = await TimelineEntries.CountAsync();
        await Navigation.SubmitAndWaitAsync(page, () => form.Locator("button[type=submit]").ClickAsync());
        // Success redirects back with a message and one more timeline entry; a refusal shows the errors instead.
        if (await FormErrors.IsVisibleAsync())
            throw new InvalidOperationException($"The {action} form was refused: {await FormErrors.InnerTextAsync()}");
        await Assertions.Expect(Done).ToBeVisibleAsync();
        await Assertions.Expect(TimelineEntries).ToHaveCountAsync(entries + 1);
    }
}
