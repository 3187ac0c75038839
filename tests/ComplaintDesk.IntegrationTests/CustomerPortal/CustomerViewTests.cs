namespace ComplaintDesk.IntegrationTests.CustomerPortal;

public sealed class CustomerViewTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private const string InternalNote = "内部:客户经理分机 13912345678,勿外传";

    [Fact]
    public async Task The_customer_view_shows_the_result_with_the_handler_but_never_internal_notes_escalations_or_root_causes()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);

        var json = await (await fx.App.CreateClient().GetAsync($"/api/customer/complaints/{token}")).Content.ReadAsStringAsync();
        var view = await CustomerScenario.ViewAsync(fx.App, token);
        var page = await PageClient.Anonymous(fx.App).GetPageAsync($"/customer/{token}");
        var html = page.Document.DocumentElement.OuterHtml;

        view.Result!.HandlerName.ShouldBe("处理员甲");
        view.Result.HandlerStaffNumber.ShouldBe("H0001");
        view.Result.Outcome.ShouldBe("补寄信用卡并致歉");
        view.Timeline.Select(e => e.Type).ShouldBe([
            TimelineEventType.Registered, TimelineEventType.Assigned, TimelineEventType.HandlingStarted,
            TimelineEventType.StepRecorded, TimelineEventType.Resolved, TimelineEventType.FeedbackGiven]);
        view.Timeline[1].ActorStaffNumber.ShouldBe("H0001");
        foreach (var secret in new[] { InternalNote, "13912345678", "升级内部问题", "内部:制卡系统故障", "主管甲", "S0001" })
        {
            json.ShouldNotContain(secret);
            html.ShouldNotContain(secret);
        }
        page.Text("[data-testid=result-by]").ShouldContain("H0001");
        page.Find("[data-testid=confirm-form]").ShouldNotBeNull();
        page.Find("[data-testid=appeal-form]").ShouldNotBeNull();
        page.Find("[data-testid=survey-form]").ShouldBeNull();
    }

    [Fact]
    public async Task An_open_complaint_shows_the_expected_deadline_and_offers_no_answer()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);

        var page = await PageClient.Anonymous(fx.App).GetPageAsync($"/customer/{token}");

        page.Find("[data-testid=expected-by]").ShouldNotBeNull();
        page.Find("[data-testid=confirm-form]").ShouldBeNull();
        page.Find("[data-testid=appeal-form]").ShouldBeNull();
        page.Find("[data-testid=survey-form]").ShouldBeNull();
    }

    [Fact]
    public async Task On_the_page_an_appeal_without_reason_is_refused_beside_the_field_and_confirming_then_answering_the_survey_works()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var browser = PageClient.Anonymous(fx.App);
        var page = await browser.GetPageAsync($"/customer/{token}");

        var refused = await PageClient.ReadAsync(await browser.SubmitAsync(page, "form[data-testid=appeal-form]", ("Appeal.Reason", "")));
        var confirmed = await browser.FollowAsync(await browser.SubmitAsync(page, "form[data-testid=confirm-form]",
            ("Confirm.Satisfied", "true"), ("Confirm.Comment", "满意")));
        var rated = await browser.FollowAsync(await browser.SubmitAsync(confirmed, "form[data-testid=survey-form]",
            ("Survey.Rating", "4"), ("Survey.Comment", "态度很好")));
        var again = await PageClient.ReadAsync(await browser.SubmitAsync(confirmed, "form[data-testid=survey-form]", ("Survey.Rating", "1")));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.FieldError("Appeal.Reason").ShouldNotBeEmpty();
        confirmed.Text("[data-testid=done]").ShouldContain("closed");
        confirmed.Get("[data-testid=status] .badge").GetAttribute("data-status").ShouldBe("Closed");
        rated.Text("[data-testid=survey-answered]").ShouldContain("4");
        again.Text("[data-testid=form-errors]").ShouldContain("already been answered");
        var staffView = await Api.GetAsync<ComplaintDesk.Complaints.Views.ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{c.Id}");
        staffView.Status.ShouldBe(ComplaintStatus.Closed);
    }
}
