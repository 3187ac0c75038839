using ComplaintDesk.Clocks;
using static ComplaintDesk.IntegrationTests.Clocks.SlaTestSupport;

namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>
/// Pause, resume and extensions over the real pipeline under the Chinese profile, on a test clock that starts on
/// Monday 9 March 2026, 10:00 in Shanghai: the decision is due at the end of 24 March, 30 days after receipt with one
/// extension and 60 with two.
/// </summary>
public sealed class ClockStepsApiTests(ApiFixture.OnFakeClock fx) : IClassFixture<ApiFixture.OnFakeClock>
{
    private const string Reason = "需调取第三方支付机构的交易记录";

    [Fact]
    public async Task Pause_and_resume_move_the_decision_deadline_by_the_paused_time_and_the_customer_sees_both()
    {
        var (c, handler) = await InProgressAsync();
        c.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 24));
        c.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 11));

        fx.Clock.Advance(TimeSpan.FromHours(1));
        var paused = await Api.StepAsync(handler, c.Id, "pause", new { reason = "等待外部鉴定机构出具报告" });
        paused.Clocks.PausedSince.ShouldBe(ApiFixture.ClockStart.AddHours(1));
        fx.Clock.Advance(TimeSpan.FromDays(3));
        var resumed = await Api.StepAsync(handler, c.Id, "resume");

        resumed.Clocks.PausedSince.ShouldBeNull();
        // Monday 11:00 to Thursday 11:00: three days of wall-clock time for the calendar-day decision...
        resumed.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 27));
        resumed.ResponseDueAt.ShouldBe(EndOfShanghaiDay(3, 27));
        // ...and 24 working hours (6 + 8 + 8 + 2) for the business-day first contact, moved from Wednesday's close
        // across Thursday, Friday and the weekend to Monday's close.
        resumed.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 16));
        var pause = resumed.Clocks.Pauses.ShouldHaveSingleItem();
        pause.Reason.ShouldBe("等待外部鉴定机构出具报告");
        pause.EndedAt.ShouldBe(ApiFixture.ClockStart.AddHours(1).AddDays(3));

        var timeline = await Api.GetAsync<TimelineView>(handler, $"/api/complaints/{c.Id}/timeline");
        var clockEvents = timeline.Entries.Where(e => e.Type is TimelineEventType.ClockPaused or TimelineEventType.ClockResumed).ToList();
        clockEvents.Select(e => e.Type).ShouldBe([TimelineEventType.ClockPaused, TimelineEventType.ClockResumed]);
        clockEvents.ShouldAllBe(e => e.CustomerVisible);
        clockEvents[0].Details.GetProperty("reason").GetString().ShouldBe("等待外部鉴定机构出具报告");
        timeline.Intact.ShouldBeTrue();

        var outbox = await OutboxAsync(fx.Database, c.Id);
        // After the registration's acknowledgement and the handler's assignment notice, the two clock notices.
        outbox.Select(o => o.Template).ShouldBe(
            [NoticeTemplates.Acknowledgement, NoticeTemplates.AssignedToYou, NoticeTemplates.ClockPaused, NoticeTemplates.ClockResumed]);
        var toCustomer = outbox.Where(o => o.RecipientStaffId is null).ToList();
        toCustomer.Count.ShouldBe(3);
        toCustomer.ShouldAllBe(o => o.Channel == "Email" && o.RecipientAddress == "wang@example.com");
        toCustomer[1].Payload.GetProperty("reason").GetString().ShouldBe("等待外部鉴定机构出具报告");
        toCustomer[2].Payload.GetProperty("responseDueAt").GetDateTimeOffset().ShouldBe(EndOfShanghaiDay(3, 27));
    }

    [Fact]
    public async Task Extensions_follow_the_Chinese_ladder_supervisor_then_manager_and_a_third_is_refused()
    {
        var (c, handler) = await InProgressAsync();
        var (supervisor, manager) = (await fx.ClientAsync("supervisor"), await fx.ClientAsync("manager"));

        var requested = await Api.StepAsync(handler, c.Id, "extension", new { reason = Reason });
        var first = requested.Clocks.Extensions.ShouldHaveSingleItem();
        first.ApproverRole.ShouldBe("Supervisor");
        first.ProposedDueAt.ShouldBe(EndOfShanghaiDay(4, 8));
        requested.ResponseDueAt.ShouldBe(EndOfShanghaiDay(3, 24));
        var approved = await Api.StepAsync(supervisor, c.Id, "extension/decision", new { approve = true, comment = "同意延期" });

        approved.ResponseDueAt.ShouldBe(EndOfShanghaiDay(4, 8));
        approved.Deadline(SlaTarget.Resolution).Extensions.ShouldBe(1);
        approved.Clocks.Extensions[0].Approved.ShouldBe(true);
        approved.Clocks.Extensions[0].DecidedByName.ShouldBe("主管甲");

        var second = await Api.StepAsync(handler, c.Id, "extension", new { reason = "鉴定机构要求补充材料" });
        second.Clocks.Extensions[1].ApproverRole.ShouldBe("Manager");
        second.Clocks.Extensions[1].ProposedDueAt.ShouldBe(EndOfShanghaiDay(5, 8));
        var before = await RowCounts.TakeAsync(fx.Database);
        var bySupervisor = await Api.PostAsync(supervisor, c.Id, "extension/decision", new { approve = true, comment = "同意" });
        (await Api.ProblemAsync(bySupervisor, HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("Manager");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        var byManager = await Api.StepAsync(manager, c.Id, "extension/decision", new { approve = true, comment = "经理批准" });
        byManager.ResponseDueAt.ShouldBe(EndOfShanghaiDay(5, 8));
        byManager.Deadline(SlaTarget.Resolution).Extensions.ShouldBe(2);

        before = await RowCounts.TakeAsync(fx.Database);
        var third = await Api.PostAsync(handler, c.Id, "extension", new { reason = "还需要时间" });
        var problem = await Api.ProblemAsync(third, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldContain("no further extension");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);

        // Each request went to whoever may decide it; each approval told the customer the reason and the new date.
        var outbox = await OutboxAsync(fx.Database, c.Id);
        outbox.Select(o => (o.Template, o.RecipientStaffId)).ShouldBe(
        [
            (NoticeTemplates.Acknowledgement, null),
            (NoticeTemplates.AssignedToYou, fx.Staff.ByUserName["handler"].Id),
            (NoticeTemplates.ExtensionRequested, fx.Staff.ByUserName["supervisor"].Id),
            (NoticeTemplates.DeadlineExtended, null),
            (NoticeTemplates.ExtensionRequested, fx.Staff.ByUserName["manager"].Id),
            (NoticeTemplates.DeadlineExtended, null),
        ]);
        var notices = outbox.Where(o => o.Template == NoticeTemplates.DeadlineExtended).ToList();
        notices.ShouldAllBe(o => o.RecipientAddress == "wang@example.com");
        notices[0].Payload.GetProperty("reason").GetString().ShouldBe(Reason);
        notices[0].Payload.GetProperty("responseDueAt").GetDateTimeOffset().ShouldBe(EndOfShanghaiDay(4, 8));
        notices[1].Payload.GetProperty("reason").GetString().ShouldBe("鉴定机构要求补充材料");
        var decided = (await Api.GetAsync<TimelineView>(handler, $"/api/complaints/{c.Id}/timeline")).Entries
            .Where(e => e.Type == TimelineEventType.ExtensionDecided).ToList();
        decided.Count.ShouldBe(2);
        decided.ShouldAllBe(e => e.CustomerVisible);
    }

    [Fact]
    public async Task A_refusal_needs_a_comment_keeps_the_deadline_and_tells_the_customer_nothing()
    {
        var (c, handler) = await InProgressAsync();
        var supervisor = await fx.ClientAsync("supervisor");
        await Api.StepAsync(handler, c.Id, "extension", new { reason = Reason });
        var before = await RowCounts.TakeAsync(fx.Database);

        var withoutComment = await Api.PostAsync(supervisor, c.Id, "extension/decision", new { approve = false });
        (await Api.ErrorFieldsAsync(withoutComment)).ShouldBe(["comment"]);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);

        var refused = await Api.StepAsync(supervisor, c.Id, "extension/decision", new { approve = false, comment = "材料已齐,无需延期" });

        refused.Clocks.Extensions[0].Approved.ShouldBe(false);
        refused.Clocks.Extensions[0].DecisionComment.ShouldBe("材料已齐,无需延期");
        refused.ResponseDueAt.ShouldBe(EndOfShanghaiDay(3, 24));
        refused.Deadline(SlaTarget.Resolution).Extensions.ShouldBe(0);
        (await OutboxAsync(fx.Database, c.Id)).Select(o => o.Template).ShouldBe(
            [NoticeTemplates.Acknowledgement, NoticeTemplates.AssignedToYou, NoticeTemplates.ExtensionRequested]);
        var decided = (await Api.GetAsync<TimelineView>(handler, $"/api/complaints/{c.Id}/timeline")).Entries
            .Single(e => e.Type == TimelineEventType.ExtensionDecided);
        decided.CustomerVisible.ShouldBeFalse();
        // A refused request uses up no rung: asking again is again the supervisor's decision.
        (await Api.StepAsync(handler, c.Id, "extension", new { reason = "补充:第三方尚未回复" })).Clocks.Extensions[1].ApproverRole.ShouldBe("Supervisor");
    }

    [Fact]
    public async Task Steps_the_clocks_do_not_allow_are_409_and_write_nothing()
    {
        var (running, handler) = await InProgressAsync();
        var supervisor = await fx.ClientAsync("supervisor");
        var (paused, _) = await InProgressAsync();
        await Api.StepAsync(handler, paused.Id, "pause", new { reason = "等待鉴定" });
        var (pending, _) = await InProgressAsync();
        await Api.StepAsync(handler, pending.Id, "extension", new { reason = Reason });
        var (closed, _) = await InProgressAsync();
        var awaiting = await fx.Given.BringToAsync(closed, ComplaintStatus.AwaitingConfirmation);
        var (stillAwaiting, _) = await InProgressAsync();
        await fx.Given.BringToAsync(stillAwaiting, ComplaintStatus.AwaitingConfirmation);
        await fx.Given.BringToAsync(awaiting, ComplaintStatus.Closed);

        var refusals = new (HttpClient Client, long Id, string Step, object? Body)[]
        {
            (handler, running.Id, "resume", null),
            (handler, paused.Id, "pause", new { reason = "再次暂停" }),
            (handler, pending.Id, "extension", new { reason = "重复申请" }),
            (supervisor, running.Id, "extension/decision", new { approve = true }),
            (handler, closed.Id, "extension", new { reason = "已结案" }),
            (handler, closed.Id, "pause", new { reason = "已结案" }),
            (handler, closed.Id, "resume", null),
            (handler, stillAwaiting.Id, "extension", new { reason = "等待客户确认" }),
            (handler, stillAwaiting.Id, "pause", new { reason = "等待客户确认" }),
        };
        foreach (var (client, id, step, body) in refusals)
        {
            var before = await RowCounts.TakeAsync(fx.Database);
            var response = await Api.PostAsync(client, id, step, body);
            (await Api.ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("illegal_transition", $"{step} on {id}");
            (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before, $"{step} on {id}");
        }
    }

    [Fact]
    public async Task A_handler_cannot_work_the_clocks_of_someone_elses_complaint()
    {
        var (c, _) = await InProgressAsync();
        var other = await fx.ClientAsync("handler2");
        var before = await RowCounts.TakeAsync(fx.Database);

        await Api.ProblemAsync(await Api.PostAsync(other, c.Id, "pause", new { reason = "不是我的" }), HttpStatusCode.Forbidden);
        await Api.ProblemAsync(await Api.PostAsync(other, c.Id, "extension", new { reason = "不是我的" }), HttpStatusCode.Forbidden);

        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    /// <summary>A complaint received at the fixture's start, assigned to "handler" and started; the clock is back at the start.</summary>
    private async Task<(ComplaintView Complaint, HttpClient Handler)> InProgressAsync()
    {
        fx.Clock.AdjustTime(ApiFixture.ClockStart);
        return (await fx.Given.NewAsync(ComplaintStatus.InProgress), await fx.ClientAsync("handler"));
    }
}
