using System.Globalization;

namespace ComplaintDesk.BrowserTests.Flows;

/// <summary>
/// One complaint from the counter to closure, each person at their own desk (own browser context): the counter clerk
/// registers it, the supervisor assigns it on the triage page, the handler works it from "My queue", and the customer's
/// confirmation is recorded at the counter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseLifecycleTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    [Fact]
    public Task A_complaint_goes_from_the_counter_through_triage_and_handling_to_closed() => BrowseAsync(async counter =>
    {
        // Counter: register.
        await SignInAsync(counter, "counter");
        var intake = new IntakePage(counter);
        await intake.GotoAsync();
        await intake.FillAsync("孙丽", "13811112222", "ATM取款时机器吞卡,卡片至今未归还,也无人联系。", "尽快退还银行卡",
            category: Staff.CategoryId.ToString(CultureInfo.InvariantCulture));
        var slip = await intake.RegisterAsync();
        var id = slip.Id;
        var number = await slip.NumberAsync();

        // Supervisor: the new complaint waits on the triage page; assign it to the first handler.
        var supervisor = await OpenPageAsync();
        (await SignInAsync(supervisor, "supervisor")).ShouldBe(TriagePage.Path);
        var triage = new TriagePage(supervisor);
        await Assertions.Expect(triage.Row(id)).ToBeVisibleAsync();
        await Assertions.Expect(triage.Row(id)).ToContainTextAsync(number);
        await triage.OpenAssignFormAsync(id);
        await Assertions.Expect(supervisor.Locator("section#assign h2")).ToContainTextAsync(number);
        var handlerId = Staff.ByUserName["handler"].Id;
        await triage.AssignAsync(Staff.DepartmentId, handlerId);
        await Assertions.Expect(triage.Success).ToContainTextAsync(number);
        // Assigned, it no longer waits for triage.
        await Assertions.Expect(triage.Row(id)).ToHaveCountAsync(0);

        // Handler: finds it in "My queue" and opens it.
        var handler = await OpenPageAsync();
        (await SignInAsync(handler, "handler")).ShouldBe(QueuePage.Path);
        var queue = new QueuePage(handler);
        await Assertions.Expect(queue.Row(number)).ToBeVisibleAsync();
        await Assertions.Expect(queue.Row(number)).ToContainTextAsync("孙丽");
        var casePage = await queue.OpenAsync(number);
        await Assertions.Expect(casePage.Status).ToHaveAttributeAsync("data-status", "Assigned");
        await Assertions.Expect(casePage.Handler).ToContainTextAsync("H0001");

        await casePage.StartAsync();
        await Assertions.Expect(casePage.Status).ToHaveAttributeAsync("data-status", "InProgress");

        const string note = "已致电客户,确认吞卡时间为上午十点,已联系设备维护商取卡。";
        await casePage.AddNoteAsync("CustomerContact", note, customerVisible: true);
        var step = casePage.Steps.Locator("li[data-kind='CustomerContact']");
        await Assertions.Expect(step).ToContainTextAsync(note);
        await Assertions.Expect(step.Locator(".badge")).ToHaveTextAsync("客户可见");
        await Assertions.Expect(casePage.Status).ToHaveAttributeAsync("data-status", "InProgress");

        await casePage.ResolveAsync("银行卡已取回并于次日交还客户。", "当日联系维护商开箱取卡,核对身份后交还。", upheld: true,
            improvementPlan: "吞卡后两小时内主动联系客户。", rootCause: "读卡器故障", redress: 50m);
        await Assertions.Expect(casePage.Status).ToHaveAttributeAsync("data-status", "Resolved");
        await Assertions.Expect(casePage.Resolution).ToContainTextAsync("银行卡已取回并于次日交还客户。");
        await Assertions.Expect(casePage.Resolution).ToContainTextAsync("50.00");

        await casePage.RecordFeedbackAsync("Phone", "电话告知客户处理结果,客户表示理解。");
        await Assertions.Expect(casePage.Status).ToHaveAttributeAsync("data-status", "AwaitingConfirmation");
        await Assertions.Expect(casePage.Feedback).ToContainTextAsync("电话告知客户处理结果");
        await ScreenshotAsync(handler, "flow-case-awaiting-confirmation");

        // Counter: the customer comes back satisfied; the clerk records it and the complaint closes.
        var counterCase = new CasePage(counter);
        await counterCase.GotoAsync(id);
        await counterCase.ConfirmAsync(satisfied: true, comment: "客户到网点确认已收到银行卡,对处理满意。");

        await Assertions.Expect(counterCase.Status).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(counterCase.Status).ToHaveTextAsync("已办结");
        await Assertions.Expect(counterCase.Closure).ToContainTextAsync("客户到网点确认已收到银行卡");
        // Closed: nothing left to do, and the timeline tells the whole story in order.
        await Assertions.Expect(counterCase.Actions.Locator("form")).ToHaveCountAsync(0);
        (await counterCase.TimelineTypesAsync()).ShouldBe(
            ["Registered", "Assigned", "HandlingStarted", "StepRecorded", "Resolved", "FeedbackGiven", "Confirmed"]);
        await Assertions.Expect(counterCase.TimelineEntries.Last.Locator(".badge[data-status]").Last).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(counterCase.Timeline.GetByTestId("chain-intact")).ToBeVisibleAsync();
        await ScreenshotAsync(counter, "flow-case-closed");

        // The handler's queue no longer lists it.
        await queue.GotoAsync();
        await Assertions.Expect(queue.Row(number)).ToHaveCountAsync(0);
    });
}
