using ComplaintDesk.Complaints;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.IntegrationTests.Infrastructure;

namespace ComplaintDesk.IntegrationTests.Complaints;

public sealed class AppealAndWithdrawTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private async Task<ComplaintView> AwaitingConfirmationAsync(string handlerUser)
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var handler = await fx.ClientAsync(handlerUser);
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName[handlerUser].Id });
        await Api.StepAsync(handler, c.Id, "start");
        await Api.StepAsync(handler, c.Id, "resolve", new { outcome = "不予支持", measuresTaken = "已核查记录", upheld = false });
        return await Api.StepAsync(handler, c.Id, "feedback", new { channel = "Sms", summary = "短信告知结果" });
    }

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
