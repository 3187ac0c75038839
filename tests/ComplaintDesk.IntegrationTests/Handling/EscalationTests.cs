namespace ComplaintDesk.IntegrationTests.Handling;

public sealed class EscalationTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_handler_escalates_with_the_standard_report_and_a_supervisor_decides()
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var handler = await fx.ClientAsync("handler");
        var c = await fx.Given.NewAsync(ComplaintStatus.InProgress);

        var escalated = await Api.StepAsync(handler, c.Id, "escalate", ComplaintScenario.EscalationReport);
        var twice = await Api.PostAsync(handler, c.Id, "escalate", ComplaintScenario.EscalationReport);
        var decided = await Api.StepAsync(supervisor, c.Id, "escalation/decision", new { decision = "由主管当天致电客户并加急补寄" });

        escalated.EscalationLevel.ShouldBe(1);
        escalated.Status.ShouldBe(ComplaintStatus.InProgress);
        (await Api.ProblemAsync(twice, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("illegal_transition");
        var escalation = decided.Escalations.Single();
        escalation.CustomerMood.ShouldBe("非常不满,表示将向监管投诉");
        escalation.Urgency.ShouldBe(Priority.Urgent);
        escalation.Decision.ShouldBe("由主管当天致电客户并加急补寄");
        escalation.DecidedByName.ShouldBe("主管甲");

        var timeline = await Api.GetAsync<TimelineView>(supervisor, $"/api/complaints/{c.Id}/timeline");
        timeline.Entries.TakeLast(2).Select(e => e.Type).ShouldBe([TimelineEventType.Escalated, TimelineEventType.EscalationDecided]);
        timeline.Entries.TakeLast(2).ShouldAllBe(e => !e.CustomerVisible);
    }

    [Fact]
    public async Task Deciding_without_a_pending_escalation_is_refused()
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var c = await Api.RegisterAsync(supervisor);

        var response = await Api.PostAsync(supervisor, c.Id, "escalation/decision", new { decision = "无" });

        await Api.ProblemAsync(response, HttpStatusCode.Conflict);
    }
}
