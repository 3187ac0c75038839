namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class EscalationPageTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private async Task<long> EscalatedAsync()
    {
        var complaint = await fx.Given.RegisterAsync();
        await fx.Given.AssignAsync(complaint.Id);
        await Api.StepAsync(await fx.ClientAsync("handler"), complaint.Id, "escalate", ComplaintScenario.EscalationReport);
        return complaint.Id;
    }

    [Fact]
    public async Task The_supervisor_reads_the_report_and_records_a_decision()
    {
        var id = await EscalatedAsync();
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var inbox = await supervisor.GetPageAsync("/supervision/escalations");
        var card = $"#escalation-{id}";

        var result = await supervisor.FollowAsync(await supervisor.SubmitAsync(inbox, $"{card} form",
            ("decision.Decision", "由主管当天致电客户并加急补寄")));

        inbox.Text(card).ShouldContain("客户三次来电未获回复");
        inbox.Text(card).ShouldContain("非常不满,表示将向监管投诉");
        inbox.Text(card).ShouldContain("今天内得到负责人答复");
        inbox.Text(card).ShouldContain("已两次回电,已查询寄送记录");
        inbox.Text(card).ShouldContain("处理员甲 (H0001)");
        inbox.Text(card).ShouldContain("Urgency: Urgent");
        result.Text("[data-testid=success]").ShouldContain("is decided");
        result.Find(card).ShouldBeNull();
        var escalation = (await fx.Given.GetAsync(id)).Escalations.Single();
        escalation.Decision.ShouldBe("由主管当天致电客户并加急补寄");
        escalation.DecidedByName.ShouldBe("主管甲");
    }

    [Fact]
    public async Task A_decision_on_a_complaint_changed_meanwhile_is_refused_and_the_text_kept()
    {
        var id = await EscalatedAsync();
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var inbox = await supervisor.GetPageAsync("/supervision/escalations");
        await Api.StepAsync(await fx.ClientAsync("handler"), id, "notes", new { kind = "CustomerContact", text = "客户再次来电", customerVisible = true });
        var form = $"#escalation-{id} form";

        var response = await supervisor.SubmitAsync(inbox, form, ("decision.Decision", "同意加急"));
        var conflict = await PageClient.ReadAsync(response);
        var retried = await supervisor.SubmitAsync(conflict, form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        conflict.Text($"#escalation-{id} [data-testid=form-errors]").ShouldContain("Someone else changed this complaint");
        conflict.Text($"#escalation-{id} textarea").ShouldBe("同意加急");
        retried.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fx.Given.GetAsync(id)).Escalations.Single().Decision.ShouldBe("同意加急");
    }

    [Fact]
    public async Task An_empty_decision_is_shown_beside_its_own_form()
    {
        var id = await EscalatedAsync();
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var inbox = await supervisor.GetPageAsync("/supervision/escalations");

        var page = await PageClient.ReadAsync(await supervisor.SubmitAsync(inbox, $"#escalation-{id} form", ("decision.Decision", "")));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#decision-error-{id}").ShouldNotBeEmpty();
        page.All(".field-error").Count(e => e.TextContent.Trim().Length > 0).ShouldBe(1);
        (await fx.Given.GetAsync(id)).Escalations.Single().Decision.ShouldBeNull();
    }
}
