using System.Globalization;

namespace ComplaintDesk.IntegrationTests.CustomerPortal;

/// <summary>
/// The customer answers the result they read: when staff have given a new result since, an answer naming the old one
/// is refused without a write, on the API (409) and on the page (a message, and the current result to read).
/// </summary>
public sealed class CustomerResultChangedTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_confirmation_of_a_replaced_result_is_409_with_the_current_view_and_writes_nothing()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var read = await CustomerScenario.ViewAsync(fx.App, token);
        await CustomerScenario.NewResultAsync(fx.Given, c.Id);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await CustomerScenario.AnswerAsync(fx.App, token, "confirm",
            new { satisfied = true, resultGivenAt = read.Result!.GivenAt });

        var problem = await Api.ProblemAsync(response, HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("edit_conflict");
        problem.GetProperty("current").GetProperty("result").GetProperty("outcome").GetString().ShouldBe("第二次结论:退还年费");
        problem.GetProperty("current").TryGetProperty("appeals", out _).ShouldBeFalse("the customer gets their own view, not staff's");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        (await StatusAsync(c.Id)).ShouldBe(ComplaintStatus.AwaitingConfirmation);
    }

    [Fact]
    public async Task An_appeal_against_a_replaced_result_is_409_and_writes_nothing()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var read = await CustomerScenario.ViewAsync(fx.App, token);
        await CustomerScenario.NewResultAsync(fx.Given, c.Id);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await CustomerScenario.AnswerAsync(fx.App, token, "appeal",
            new { reason = "仍不认可", resultGivenAt = read.Result!.GivenAt });

        (await Api.ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("edit_conflict");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        (await StatusAsync(c.Id)).ShouldBe(ComplaintStatus.AwaitingConfirmation);
    }

    [Fact]
    public async Task Answers_naming_the_current_result_are_recorded_also_when_the_client_kept_only_milliseconds()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var first = (await CustomerScenario.ViewAsync(fx.App, token)).Result!.GivenAt;
        var appealed = await CustomerScenario.AnswerAsync(fx.App, token, "appeal", new { reason = "不认可", resultGivenAt = first });
        await Api.StepAsync(await fx.ClientAsync("supervisor"), c.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName["handler"].Id });
        var handler = await fx.ClientAsync("handler");
        await Api.StepAsync(handler, c.Id, "start");
        await Api.StepAsync(handler, c.Id, "resolve", new { outcome = "第二次结论", measuresTaken = "已退还年费", upheld = true });
        await Api.StepAsync(handler, c.Id, "feedback", new { channel = "Phone", summary = "电话告知" });
        var second = (await CustomerScenario.ViewAsync(fx.App, token)).Result!.GivenAt;

        // As a JavaScript client sends it back after reading it into a Date.
        var asJavaScriptSendsIt = second.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var confirmed = await CustomerScenario.AnswerAsync(fx.App, token, "confirm",
            new { satisfied = false, resultGivenAt = asJavaScriptSendsIt });

        await Api.ExpectAsync(appealed, HttpStatusCode.OK);
        await Api.ExpectAsync(confirmed, HttpStatusCode.OK);
        var staffView = await Api.GetAsync<ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{c.Id}");
        staffView.Status.ShouldBe(ComplaintStatus.Closed);
        staffView.Closure!.CustomerSatisfied.ShouldBe(false);
        staffView.Resolution!.Outcome.ShouldBe("第二次结论");
    }

    [Fact]
    public async Task On_the_page_a_confirmation_of_a_replaced_result_shows_the_current_one_to_answer_again()
    {
        var (c, browser, opened) = await OpenedThenReplacedAsync();
        var before = await RowCounts.TakeAsync(fx.Database);

        var refused = await PageClient.ReadAsync(await browser.SubmitAsync(opened, "form[data-testid=confirm-form]",
            ("Confirm.Satisfied", "true"), ("Confirm.Comment", "已收到新卡")));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("[data-testid=form-errors]").ShouldContain("The result has changed since you opened this page");
        refused.Text("[data-testid=result]").ShouldContain("第二次结论:退还年费");
        refused.Get("[data-testid=status] .badge").GetAttribute("data-status").ShouldBe("AwaitingConfirmation");
        refused.Get("#Confirm_Comment").TextContent.ShouldBe("已收到新卡");
        ResultAnswered(refused, "confirm").ShouldNotBe(ResultAnswered(opened, "confirm"));
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        (await StatusAsync(c.Id)).ShouldBe(ComplaintStatus.AwaitingConfirmation);

        var confirmed = await browser.FollowAsync(await browser.SubmitAsync(refused, "form[data-testid=confirm-form]"));
        confirmed.Get("[data-testid=status] .badge").GetAttribute("data-status").ShouldBe("Closed");
    }

    [Fact]
    public async Task On_the_page_an_appeal_against_a_replaced_result_is_refused_with_the_reason_kept()
    {
        var (c, browser, opened) = await OpenedThenReplacedAsync();
        var before = await RowCounts.TakeAsync(fx.Database);

        var refused = await PageClient.ReadAsync(await browser.SubmitAsync(opened, "form[data-testid=appeal-form]",
            ("Appeal.Reason", "仍不认可")));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("[data-testid=form-errors]").ShouldContain("The result has changed since you opened this page");
        refused.Get("#Appeal_Reason").TextContent.ShouldBe("仍不认可");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        (await StatusAsync(c.Id)).ShouldBe(ComplaintStatus.AwaitingConfirmation);
    }

    [Fact]
    public async Task A_page_sent_a_second_time_says_the_answer_is_no_longer_possible_in_the_customers_words()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var browser = PageClient.Anonymous(fx.App);
        var opened = await browser.GetPageAsync($"/customer/{token}");
        await Api.ExpectAsync(await browser.SubmitAsync(opened, "form[data-testid=confirm-form]", ("Confirm.Satisfied", "true")),
            HttpStatusCode.Redirect);
        var before = await RowCounts.TakeAsync(fx.Database);

        var again = await PageClient.ReadAsync(await browser.SubmitAsync(opened, "form[data-testid=appeal-form]", ("Appeal.Reason", "再想想")));

        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Text("[data-testid=form-errors]").ShouldBe("This answer is no longer possible. The current state of your complaint is shown below.");
        again.Get("[data-testid=status] .badge").GetAttribute("data-status").ShouldBe("Closed");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task On_a_chinese_page_the_result_named_by_the_form_is_read_back_both_when_replaced_and_when_current()
    {
        var (c, browser, opened) = await OpenedThenReplacedAsync("zh-CN");

        var refused = await PageClient.ReadAsync(await browser.SubmitAsync(opened, "form[data-testid=confirm-form]", ("Confirm.Satisfied", "true")));
        var confirmed = await browser.SubmitAsync(refused, "form[data-testid=confirm-form]", ("Confirm.Satisfied", "true"));

        refused.Text("[data-testid=form-errors]").ShouldContain("处理结果已有更新");
        await Api.ExpectAsync(confirmed, HttpStatusCode.Redirect);
        (await StatusAsync(c.Id)).ShouldBe(ComplaintStatus.Closed);
    }

    /// <summary>The customer opens the page of a complaint awaiting confirmation; then staff give a new result.</summary>
    private async Task<(ComplaintView Complaint, PageClient Browser, HtmlPage Opened)> OpenedThenReplacedAsync(string language = "en")
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var browser = PageClient.Anonymous(fx.App, language);
        var opened = await browser.GetPageAsync($"/customer/{token}");
        await CustomerScenario.NewResultAsync(fx.Given, c.Id);
        return (c, browser, opened);
    }

    private static string? ResultAnswered(HtmlPage page, string form) =>
        page.Get($"form[data-testid={form}-form] input[name$='.ResultGivenAt']").GetAttribute("value");

    private async Task<ComplaintStatus> StatusAsync(long id) =>
        (await Api.GetAsync<ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{id}")).Status;
}
