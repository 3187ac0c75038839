namespace ComplaintDesk.IntegrationTests.CustomerPortal;

/// <summary>The customer's answers go through the workflow: the same transitions, timeline and refusals as for staff.</summary>
public sealed class CustomerAnswerTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Confirming_closes_the_complaint_as_the_customer_and_then_offers_the_survey()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var offered = await CustomerScenario.ViewAsync(fx.App, token);

        var response = await CustomerScenario.AnswerAsync(fx.App, token, "confirm", new { satisfied = false, comment = "勉强接受" });

        offered.MayConfirm.ShouldBeTrue();
        offered.MayAppeal.ShouldBeTrue();
        offered.MayAnswerSurvey.ShouldBeFalse();
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        var staffView = await Api.GetAsync<ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{c.Id}");
        staffView.Status.ShouldBe(ComplaintStatus.Closed);
        staffView.Closure!.Reason.ShouldBe(ClosureReason.Confirmed);
        staffView.Closure.CustomerSatisfied.ShouldBe(false);
        var last = (await Api.GetAsync<TimelineView>(await fx.ClientAsync("counter"), $"/api/complaints/{c.Id}/timeline")).Entries[^1];
        last.Type.ShouldBe(TimelineEventType.Confirmed);
        last.ActorStaffNumber.ShouldBe("CUSTOMER");
        var closed = await CustomerScenario.ViewAsync(fx.App, token);
        (closed.MayConfirm, closed.MayAppeal, closed.MayAnswerSurvey).ShouldBe((false, false, true));
    }

    [Fact]
    public async Task Appealing_reopens_the_complaint_with_the_reason_on_the_timeline_as_the_customer()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);

        var response = await CustomerScenario.AnswerAsync(fx.App, token, "appeal", new { reason = "补寄太慢,要求赔偿年费" });

        await Api.ExpectAsync(response, HttpStatusCode.OK);
        var view = await CustomerScenario.ViewAsync(fx.App, token);
        view.Status.ShouldBe(ComplaintStatus.Reopened);
        var appealed = view.Timeline[^1];
        appealed.Type.ShouldBe(TimelineEventType.Appealed);
        appealed.ByCustomer.ShouldBeTrue();
        appealed.Text.ShouldBe("补寄太慢,要求赔偿年费");
        var staffView = await Api.GetAsync<ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{c.Id}");
        staffView.Appeals.Single().Reason.ShouldBe("补寄太慢,要求赔偿年费");
        var timeline = await Api.GetAsync<TimelineView>(await fx.ClientAsync("counter"), $"/api/complaints/{c.Id}/timeline");
        timeline.Entries[^1].ActorStaffNumber.ShouldBe("CUSTOMER");
        timeline.Intact.ShouldBeTrue();
        // The review clock now runs: reports see the complaint's risk threshold from it.
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM complaints WHERE id = {c.Id} AND sla_at_risk_from IS NOT NULL")).ShouldBe(1);
        (await ReportCopies.DifferingAsync(fx.Database)).ShouldBe(0);
    }

    [Fact]
    public async Task Confirming_an_open_complaint_is_409_and_changes_nothing()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await CustomerScenario.AnswerAsync(fx.App, token, "confirm", new { satisfied = true });

        (await Api.ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("illegal_transition");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task An_appeal_without_a_reason_is_400_naming_the_field()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);

        var response = await CustomerScenario.AnswerAsync(fx.App, token, "appeal", new { reason = " " });

        (await Api.ErrorFieldsAsync(response)).ShouldBe(["reason"]);
    }

    [Fact]
    public async Task A_survey_rating_out_of_range_is_400_naming_it()
    {
        var (_, token) = await ConfirmedAsync();

        var outOfRange = await CustomerScenario.AnswerAsync(fx.App, token, "survey", new { rating = 6 });

        (await Api.ErrorFieldsAsync(outOfRange)).ShouldBe(["rating"]);
        (await CustomerScenario.ViewAsync(fx.App, token)).MayAnswerSurvey.ShouldBeTrue();
    }

    [Fact]
    public async Task The_survey_is_answered_once_and_a_second_answer_is_409()
    {
        var (c, token) = await ConfirmedAsync();

        var first = await CustomerScenario.AnswerAsync(fx.App, token, "survey", new { rating = 5, comment = "处理及时" });
        var before = await RowCounts.TakeAsync(fx.Database);
        var second = await CustomerScenario.AnswerAsync(fx.App, token, "survey", new { rating = 1 });

        await Api.ExpectAsync(first, HttpStatusCode.OK);
        await Api.ProblemAsync(second, HttpStatusCode.Conflict);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        var view = await CustomerScenario.ViewAsync(fx.App, token);
        view.Survey!.Rating.ShouldBe(5);
        view.Survey.Comment.ShouldBe("处理及时");
        view.MayAnswerSurvey.ShouldBeFalse();
        var staffView = await Api.GetAsync<ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{c.Id}");
        staffView.Closure!.CustomerSatisfied.ShouldBe(true);
        (await fx.Database.ScalarAsync($"SELECT survey_rating FROM complaints WHERE id = {c.Id}")).ShouldBe(5);
        (await ReportCopies.DifferingAsync(fx.Database)).ShouldBe(0);
    }

    /// <summary>A complaint whose result the customer confirmed, and the customer's token.</summary>
    private async Task<(ComplaintView Complaint, string Token)> ConfirmedAsync()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        await Api.ExpectAsync(await CustomerScenario.AnswerAsync(fx.App, token, "confirm", new { satisfied = true }), HttpStatusCode.OK);
        return (c, token);
    }
}
