namespace ComplaintDesk.IntegrationTests.Handling;

public sealed class LifecycleTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_complaint_goes_from_intake_to_closure_and_every_step_is_on_the_timeline()
    {
        var counter = await fx.ClientAsync("counter");
        var supervisor = await fx.ClientAsync("supervisor");
        var handler = await fx.ClientAsync("handler");
        var handlerId = fx.Staff.ByUserName["handler"].Id;

        var created = await Api.RegisterAsync(counter, Api.NewComplaint(categoryId: fx.Staff.CategoryId));
        created.Status.ShouldBe(ComplaintStatus.Registered);
        created.Number.ShouldMatch(@"^TS\d{8}\d{6}$");

        await Api.StepAsync(supervisor, created.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId });
        await Api.StepAsync(handler, created.Id, "start");
        await Api.StepAsync(handler, created.Id, "notes", new { kind = "CustomerContact", text = "已致电客户,说明正在核查。", customerVisible = true });
        await Api.StepAsync(handler, created.Id, "resolve", new
        {
            outcome = "卡片在邮寄途中遗失,已补发", measuresTaken = "补发新卡并免首年年费", improvementPlan = "寄送增加签收跟踪",
            upheld = true, rootCause = "快递遗失", redressAmount = 200.00m,
        });
        await Api.StepAsync(handler, created.Id, "feedback", new { channel = "Phone", summary = "电话告知处理结果" });
        var closed = await Api.StepAsync(counter, created.Id, "confirm", new { customerSatisfied = true, comment = "满意" });

        closed.Status.ShouldBe(ComplaintStatus.Closed);
        closed.Closure!.Reason.ShouldBe(ClosureReason.Confirmed);
        closed.Resolution!.RedressAmount.ShouldBe(200.00m);
        closed.Feedback!.GivenByStaffNumber.ShouldBe("H0001");

        var timeline = await Api.GetAsync<TimelineView>(counter, $"/api/complaints/{created.Id}/timeline");
        timeline.Intact.ShouldBeTrue();
        timeline.Entries.Select(e => e.Type).ShouldBe(
        [
            TimelineEventType.Registered, TimelineEventType.Assigned, TimelineEventType.HandlingStarted, TimelineEventType.StepRecorded,
            TimelineEventType.Resolved, TimelineEventType.FeedbackGiven, TimelineEventType.Confirmed,
        ]);
        timeline.Entries.Select(e => e.ActorStaffNumber).ShouldBe(["C0001", "S0001", "H0001", "H0001", "H0001", "H0001", "C0001"]);
    }
}
