namespace ComplaintDesk.IntegrationTests.Handling;

public sealed class AppealAndWithdrawTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private async Task<ComplaintView> AwaitingConfirmationAsync(string handlerUser) =>
        await fx.Given.BringToAsync(await fx.Given.RegisterAsync(), ComplaintStatus.AwaitingConfirmation, handlerUser,
            resolution: new { outcome = "不予支持", measuresTaken = "已核查记录", upheld = false },
            feedback: new { channel = "Sms", summary = "短信告知结果" });

    [Fact]
    public async Task An_appeal_reopens_the_case_which_is_reassigned_resolved_again_and_closed_after_no_response()
    {
        var c = await AwaitingConfirmationAsync("handler");
        var counter = await fx.ClientAsync("counter");
        var supervisor = await fx.ClientAsync("supervisor");
        var handler2 = await fx.ClientAsync("handler2");

        var reopened = await Api.StepAsync(counter, c.Id, "appeal", new { reason = "客户不认可处理结果,要求复核" });
        reopened.Status.ShouldBe(ComplaintStatus.Reopened);
        reopened.AppealCount.ShouldBe(1);
        reopened.Appeals.Single().Reason.ShouldBe("客户不认可处理结果,要求复核");

        var reassigned = await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName["handler2"].Id });
        reassigned.Status.ShouldBe(ComplaintStatus.Assigned);
        reassigned.Assignment.HandlerStaffNumber.ShouldBe("H0002");

        await Api.StepAsync(handler2, c.Id, "start");
        await Api.StepAsync(handler2, c.Id, "resolve", new { outcome = "复核后支持客户诉求", measuresTaken = "退还费用", upheld = true, redressAmount = 58.5m });
        await Api.StepAsync(handler2, c.Id, "feedback", new { channel = "Phone", summary = "电话告知复核结果" });
        var closed = await Api.StepAsync(handler2, c.Id, "close", new { comment = "三次致电未接通" });

        closed.Status.ShouldBe(ComplaintStatus.Closed);
        closed.Closure!.Reason.ShouldBe(ClosureReason.NoResponse);
        closed.Resolution!.Upheld.ShouldBeTrue();
        var timeline = await Api.GetAsync<TimelineView>(counter, $"/api/complaints/{c.Id}/timeline");
        timeline.Intact.ShouldBeTrue();
        timeline.Entries.Select(e => e.ToStatus).ShouldContain(ComplaintStatus.Reopened);
        timeline.Entries.Last().Type.ShouldBe(TimelineEventType.Closed);
    }

    [Fact]
    public async Task A_case_appealed_again_after_closing_without_an_answer_is_reassigned_resolved_again_and_closed_by_confirmation()
    {
        var c = await AwaitingConfirmationAsync("handler");
        var counter = await fx.ClientAsync("counter");
        var supervisor = await fx.ClientAsync("supervisor");
        var handler = await fx.ClientAsync("handler");
        var handler2 = await fx.ClientAsync("handler2");
        var department = fx.Staff.DepartmentId;

        await Api.StepAsync(counter, c.Id, "appeal", new { reason = "第一次申诉" });
        await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = department, handlerId = fx.Staff.ByUserName["handler2"].Id });
        await Api.StepAsync(handler2, c.Id, "start");
        await Api.StepAsync(handler2, c.Id, "resolve", new { outcome = "第二次结论", measuresTaken = "退费", upheld = true, redressAmount = 10m });
        await Api.StepAsync(handler2, c.Id, "feedback", new { channel = "Phone", summary = "电话告知" });
        var closedUnanswered = await Api.StepAsync(handler2, c.Id, "close", new { comment = "三次致电未接通" });
        var reopened = await Api.StepAsync(counter, c.Id, "appeal", new { reason = "客户来电,仍不认可" });
        var reassigned = await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = department, handlerId = fx.Staff.ByUserName["handler"].Id });
        await Api.StepAsync(handler, c.Id, "start");
        await Api.StepAsync(handler, c.Id, "resolve", new { outcome = "第三次结论", measuresTaken = "全额退费并致歉", upheld = true, redressAmount = 58.5m });
        await Api.StepAsync(handler, c.Id, "feedback", new { channel = "InPerson", summary = "网点当面说明" });
        var closed = await Api.StepAsync(counter, c.Id, "confirm", new { customerSatisfied = true, comment = "接受" });

        closedUnanswered.Closure!.Reason.ShouldBe(ClosureReason.NoResponse);
        reopened.Status.ShouldBe(ComplaintStatus.Reopened);
        reopened.Closure.ShouldBeNull();
        reassigned.Status.ShouldBe(ComplaintStatus.Assigned);
        reassigned.Assignment.HandlerStaffNumber.ShouldBe("H0001");
        closed.Status.ShouldBe(ComplaintStatus.Closed);
        closed.Closure!.Reason.ShouldBe(ClosureReason.Confirmed);
        closed.Closure.CustomerSatisfied.ShouldBe(true);
        closed.AppealCount.ShouldBe(2);
        closed.Appeals.Select(a => (a.Ordinal, a.Reason)).ShouldBe([(1, "第一次申诉"), (2, "客户来电,仍不认可")]);
        closed.Resolution!.Outcome.ShouldBe("第三次结论");
        closed.Resolution.RedressAmount.ShouldBe(58.5m);
        closed.Feedback!.GivenByStaffNumber.ShouldBe("H0001");

        var timeline = await Api.GetAsync<TimelineView>(counter, $"/api/complaints/{c.Id}/timeline");
        timeline.Intact.ShouldBeTrue();
        timeline.Entries.Select(e => e.ToStatus).ShouldBe(
        [
            ComplaintStatus.Registered, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.AwaitingConfirmation,
            ComplaintStatus.Reopened, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.AwaitingConfirmation,
            ComplaintStatus.Closed,
            ComplaintStatus.Reopened, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.AwaitingConfirmation,
            ComplaintStatus.Closed,
        ]);
        timeline.Entries.Where(e => e.Type == TimelineEventType.Resolved).Select(e => e.Details.GetProperty("outcome").GetString())
            .ShouldBe(["不予支持", "第二次结论", "第三次结论"]);
    }

    [Fact]
    public async Task A_case_withdrawn_during_handling_is_closed_for_good()
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var handler = await fx.ClientAsync("handler");
        var counter = await fx.ClientAsync("counter");
        var c = await Api.RegisterAsync(counter);
        await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName["handler"].Id });
        await Api.StepAsync(handler, c.Id, "start");

        var withdrawn = await Api.StepAsync(counter, c.Id, "withdraw", new { reason = "客户已与网点协商解决" });
        var before = await RowCounts.TakeAsync(fx.Database);
        var later = new[]
        {
            await Api.PostAsync(handler, c.Id, "notes", new { kind = "InternalNote", text = "撤回后的记录" }),
            await Api.PostAsync(handler, c.Id, "resolve", new { outcome = "x", measuresTaken = "y", upheld = false }),
            await Api.PostAsync(handler, c.Id, "escalate", new { problem = "p", customerMood = "m", customerExpectation = "e", actionsTaken = "a", urgency = "Low" }),
            await Api.PostAsync(supervisor, c.Id, "assign", new { departmentId = fx.Staff.DepartmentId }),
            await Api.PostAsync(counter, c.Id, "appeal", new { reason = "又想申诉" }),
            await Api.PostAsync(counter, c.Id, "confirm", new { customerSatisfied = true }),
        };

        withdrawn.Status.ShouldBe(ComplaintStatus.Withdrawn);
        withdrawn.Closure!.Reason.ShouldBe(ClosureReason.Withdrawn);
        withdrawn.Closure.FinalComment.ShouldBe("客户已与网点协商解决");
        foreach (var response in later)
            (await Api.ProblemAsync(response, System.Net.HttpStatusCode.Conflict)).GetProperty("currentStatus").GetString().ShouldBe("Withdrawn");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        var timeline = await Api.GetAsync<TimelineView>(counter, $"/api/complaints/{c.Id}/timeline");
        timeline.Intact.ShouldBeTrue();
        timeline.Entries.Select(e => e.Type).ShouldBe(
            [TimelineEventType.Registered, TimelineEventType.Assigned, TimelineEventType.HandlingStarted, TimelineEventType.Withdrawn]);
    }

    [Fact]
    public async Task A_complaint_the_customer_confirmed_cannot_be_appealed()
    {
        var c = await AwaitingConfirmationAsync("handler");
        var counter = await fx.ClientAsync("counter");
        await Api.StepAsync(counter, c.Id, "confirm", new { customerSatisfied = false, comment = "不满意但接受" });

        var appeal = await Api.PostAsync(counter, c.Id, "appeal", new { reason = "反悔" });

        (await Api.ProblemAsync(appeal, System.Net.HttpStatusCode.Conflict)).GetProperty("currentStatus").GetString().ShouldBe("Closed");
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM appeals WHERE complaint_id = {c.Id}")).ShouldBe(0);
    }

    [Fact]
    public async Task The_previous_handler_can_no_longer_work_a_reassigned_case()
    {
        var c = await AwaitingConfirmationAsync("handler");
        var counter = await fx.ClientAsync("counter");
        var supervisor = await fx.ClientAsync("supervisor");
        await Api.StepAsync(counter, c.Id, "appeal", new { reason = "不满意" });
        await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName["handler2"].Id });

        var response = await Api.PostAsync(await fx.ClientAsync("handler"), c.Id, "start");

        var problem = await Api.ProblemAsync(response, System.Net.HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().ShouldBe("forbidden");
        (await Api.GetAsync<ComplaintView>(counter, $"/api/complaints/{c.Id}")).Status.ShouldBe(ComplaintStatus.Assigned);
    }

    [Fact]
    public async Task A_customer_can_withdraw_an_open_complaint_but_not_a_withdrawn_one()
    {
        var counter = await fx.ClientAsync("counter");
        var c = await Api.RegisterAsync(counter);

        var withdrawn = await Api.StepAsync(counter, c.Id, "withdraw", new { reason = "客户已自行解决" });
        var again = await Api.PostAsync(counter, c.Id, "withdraw", new { reason = "再次撤回" });

        withdrawn.Status.ShouldBe(ComplaintStatus.Withdrawn);
        withdrawn.Closure!.Reason.ShouldBe(ClosureReason.Withdrawn);
        var problem = await Api.ProblemAsync(again, System.Net.HttpStatusCode.Conflict);
        problem.GetProperty("currentStatus").GetString().ShouldBe("Withdrawn");
    }
}
