using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;

namespace ComplaintDesk.BrowserTests.Flows;

/// <summary>
/// A walk through the main pages of every role with a realistic handful of complaints, saving screenshots (a PNG of
/// each page, and a JPEG for the user guide) to artifacts/screenshots/. Each page is also checked to have rendered
/// its main content, so a broken page fails here rather than producing a blank picture.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTour(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    private static readonly ConditionalWeakTable<AppFixture, Task<TourData>> Seeded = new();

    private sealed record TourData(ComplaintDesk.Complaints.Views.ComplaintView Working, ComplaintDesk.Complaints.Views.ComplaintView Unclassified,
        string KnownPhone);

    [Fact]
    public Task Counter_pages() => BrowseAsync(async page =>
    {
        var data = await SeedAsync();
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await SaveAsync(page, "sign-in");

        await signIn.SignInAsync("counter", TestStaff.Password);
        var intake = new IntakePage(page);
        await intake.GotoAsync();
        await intake.FillAsync("孙建国", data.KnownPhone[..^1], "上月信用卡账单出现一笔未授权的境外消费,金额1,280美元,已申请止付但未收到回复。",
            "撤销该笔消费并补发新卡", category: Staff.CategoryId.ToString(CultureInfo.InvariantCulture));
        // The last digit typed by key, as the clerk would: the history panel refreshes once typing pauses.
        await intake.Phone.PressAsync("End");
        await intake.Phone.PressSequentiallyAsync(data.KnownPhone[^1..]);
        await Assertions.Expect(intake.HistoryNumbers).Not.ToHaveCountAsync(0);
        await SaveAsync(page, "intake-with-history");

        var slip = await intake.RegisterAsync();
        await Assertions.Expect(slip.Slip).ToBeVisibleAsync();
        await SaveAsync(page, "slip");
    });

    [Fact]
    public Task Handler_pages() => BrowseAsync(async page =>
    {
        var data = await SeedAsync();
        await SignInAsync(page, "handler");
        var queue = new QueuePage(page);
        await Assertions.Expect(queue.Table).ToBeVisibleAsync();
        await Assertions.Expect(queue.Row(data.Working.Number)).ToBeVisibleAsync();
        await SaveAsync(page, "queue");

        var casePage = await queue.OpenAsync(data.Working.Number);
        await Assertions.Expect(casePage.Steps.Locator("li")).Not.ToHaveCountAsync(0);
        // Open the "record the result" form so the picture shows an action form.
        await casePage.Action("Resolve").Locator("summary").ClickAsync();
        await SaveAsync(page, "case");
    });

    [Fact]
    public Task Handler_pages_in_English() => BrowseAsync(English, async page =>
    {
        var data = await SeedAsync();
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await SaveAsync(page, "sign-in", English);

        await signIn.SignInAsync("handler", TestStaff.Password);
        var queue = new QueuePage(page);
        await Assertions.Expect(queue.Row(data.Working.Number)).ToBeVisibleAsync();
        await SaveAsync(page, "queue", English);
        var casePage = await queue.OpenAsync(data.Working.Number);
        await Assertions.Expect(casePage.Timeline).ToBeVisibleAsync();
        await SaveAsync(page, "case", English);
    });

    [Fact]
    public Task Supervisor_pages() => BrowseAsync(async page =>
    {
        var data = await SeedAsync();
        await SignInAsync(page, "supervisor");
        var triage = new TriagePage(page);
        await Assertions.Expect(triage.Row(data.Unclassified.Id)).ToBeVisibleAsync();
        await SaveAsync(page, "triage");
        await triage.OpenAssignFormAsync(data.Unclassified.Id);
        await SaveAsync(page, "triage-assign");

        await page.GotoAsync("/supervision/team");
        await Assertions.Expect(page.GetByTestId("handlers").Locator("tr[data-staff='H0001']")).ToBeVisibleAsync();
        await SaveAsync(page, "team");

        await page.GotoAsync("/supervision/escalations");
        await Assertions.Expect(page.Locator("section[data-complaint]")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("extension-requests").Locator("tr[data-complaint]")).Not.ToHaveCountAsync(0);
        await SaveAsync(page, "escalations");
    });

    [Fact]
    public Task Manager_and_admin_pages() => BrowseAsync(async page =>
    {
        await SeedAsync();
        await SignInAsync(page, "manager");
        await Assertions.Expect(page.GetByTestId("open-by-status")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-figure='open']")).Not.ToHaveTextAsync("0");
        await SaveAsync(page, "manager");

        var admin = await OpenPageAsync();
        await SignInAsync(admin, "admin");
        await Assertions.Expect(admin.GetByTestId("staff").Locator("tr[data-user='handler']")).ToBeVisibleAsync();
        await SaveAsync(admin, "admin-staff");

        await admin.GotoAsync("/admin/sla");
        await Assertions.Expect(admin.GetByTestId("profiles").Locator("tr[data-profile]")).ToHaveCountAsync(3);
        await SaveAsync(admin, "admin-sla");

        await admin.GotoAsync("/admin/sla/calendars/CN?year=2026");
        await Assertions.Expect(admin.GetByTestId("days").Locator("tr[data-kind='WorkingDay']")).Not.ToHaveCountAsync(0);
        await SaveAsync(admin, "admin-sla-calendar");

        await admin.GotoAsync("/admin/sla/policies");
        var form = admin.Locator("#form form");
        await form.Locator("[name='Input.Name']").FillAsync("紧急投诉加快处理");
        await form.Locator("[name='Input.Priority']").SelectOptionAsync("Urgent");
        await form.Locator("[name='Input.Resolution.Amount']").FillAsync("7");
        await Navigation.SubmitAndWaitAsync(admin, () => form.Locator("button[type=submit]").ClickAsync());
        await Assertions.Expect(admin.GetByTestId("policies").Locator("tr[data-policy]")).Not.ToHaveCountAsync(0);
        await SaveAsync(admin, "admin-sla-policies");
    });

    /// <summary>A full-page PNG and a JPEG (for the user guide) named tour-&lt;locale&gt;-&lt;page&gt;.</summary>
    private static async Task SaveAsync(IPage page, string name, string locale = Chinese)
    {
        await Navigation.WaitForCompleteAsync(page);
        var fullName = $"tour-{locale}-{name}";
        await Artifacts.ScreenshotAsync(page, fullName);
        await Artifacts.JpegAsync(page, fullName);
    }

    /// <summary>The tour's complaints, set up once per class through the API.</summary>
    private Task<TourData> SeedAsync() => Seeded.GetValue(App, _ => Task.Run(SeedCoreAsync));

    private async Task<TourData> SeedCoreAsync()
    {
        using var counter = await App.App.ApiClientAsync("counter");
        using var handler = await App.App.ApiClientAsync("handler");
        using var handler2 = await App.App.ApiClientAsync("handler2");
        var category = Staff.CategoryId;
        var now = DateTimeOffset.UtcNow;

        async Task<ComplaintDesk.Complaints.Views.ComplaintView> Register(string name, string phone, string description, long? categoryId,
            int daysAgo = 0, string priority = "Normal", string channel = "Counter") =>
            await Api.RegisterAsync(counter, new
            {
                customer = new { name, phone },
                channel,
                categoryId,
                priority,
                description,
                receivedAt = daysAgo == 0 ? (DateTimeOffset?)null : now.AddDays(-daysAgo),
            });

        // The handler's case in progress, with steps: the case page of the guide.
        var working = await Register("王小明", "13800001111", "信用卡办理两个月仍未收到,客服热线多次转接无果,也没有任何书面解释。", category, daysAgo: 6);
        await App.Given.AssignAsync(working.Id, "handler");
        await Api.StepAsync(handler, working.Id, "start");
        await Api.StepAsync(handler, working.Id, "notes", new { kind = "InvestigationFinding", text = "经查,卡片已于三周前制卡完成,快递因地址不全退回分行。", customerVisible = false });
        await Api.StepAsync(handler, working.Id, "notes", new { kind = "CustomerContact", text = "已致电客户核对地址,承诺三个工作日内重新寄出。", customerVisible = true });

        // More of the handler's queue: one overdue, one just assigned, one escalated.
        var overdue = await Register("刘芳", "13911112222", "贷款提前还款后,违约金计算与合同约定不符,多收约八百元。", category, daysAgo: 17, priority: "High");
        await App.Given.AssignAsync(overdue.Id, "handler");
        // Waiting for the supervisor beside the escalations: more time asked for on the overdue one.
        await Api.StepAsync(handler, overdue.Id, "extension", new { reason = "需调取合同原件及还款流水，与贷款部门核对违约金计算。" });
        var fresh = await Register("陈强", "13622223333", "手机银行转账显示成功,但收款人三天未到账。", category, daysAgo: 1, channel: "Phone");
        await App.Given.AssignAsync(fresh.Id, "handler");
        var escalated = await Register("赵敏", "13733334444", "理财产品到期后本金未按时返还,客户情绪激动,扬言投诉至监管部门。", category, daysAgo: 10, priority: "Urgent");
        await App.Given.AssignAsync(escalated.Id, "handler");
        await Api.StepAsync(handler, escalated.Id, "start");
        await Api.StepAsync(handler, escalated.Id, "escalate", new
        {
            problem = "产品方迟迟未确认兑付日期,网点无法答复客户。",
            customerMood = "非常不满",
            customerExpectation = "三日内返还本金及利息",
            actionsTaken = "已两次联系资管部,尚无书面答复。",
            urgency = "Urgent",
        });

        // The second handler's share, for the team page.
        var other = await Register("周杰", "13544445555", "网点排队两小时,柜员态度冷淡。", category, daysAgo: 3);
        await App.Given.AssignAsync(other.Id, "handler2");

        // Waiting for triage: a classified one and one that arrived unclassified.
        await Register("吴刚", "13655556666", "ATM吞卡后未收到任何通知。", category, daysAgo: 2);
        var unclassified = await Register("郑洁", "13766667777", "收到陌生短信称我的账户被冻结,不知是否为银行所发。", null, channel: "Phone");

        return new TourData(working, unclassified, "13800001111");
    }
}
