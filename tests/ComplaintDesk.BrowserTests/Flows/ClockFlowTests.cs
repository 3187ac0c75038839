using System.Globalization;
using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints;

namespace ComplaintDesk.BrowserTests.Flows;

/// <summary>
/// The clocks from the handler's and the supervisor's desks: the handler pauses and resumes them and asks for more
/// time; the supervisor finds the request in the inbox, approves it on the case page, and the new deadline shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClockFlowTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public Task A_handler_pauses_resumes_and_gets_an_extension_approved_by_the_supervisor() => BrowseAsync(async handler =>
    {
        var complaint = await InProgressAsync();

        // Handler: the Deadlines panel shows the decision clock running.
        await SignInAsync(handler, "handler");
        var casePage = new CasePage(handler);
        await casePage.GotoAsync(complaint.Id);
        await Assertions.Expect(casePage.DeadlineRow("Resolution")).ToHaveAttributeAsync("data-status", "OnTrack");
        var dueBefore = await casePage.DueOf("Resolution").InnerTextAsync();

        await casePage.PauseAsync("等待公安机关出具的盗刷报案回执。");
        await Assertions.Expect(casePage.ClocksPaused).ToContainTextAsync("等待公安机关出具的盗刷报案回执。");
        await Assertions.Expect(casePage.DeadlineRow("Resolution").Locator(".badge.paused")).ToBeVisibleAsync();
        await Assertions.Expect(casePage.Action("Pause")).ToHaveCountAsync(0);

        await casePage.ResumeAsync();
        await Assertions.Expect(casePage.ClocksPaused).ToHaveCountAsync(0);
        await Assertions.Expect(casePage.Deadlines.GetByTestId("pauses")).ToContainTextAsync("等待公安机关出具的盗刷报案回执。");

        await casePage.RequestExtensionAsync("需向境外收单机构调取交易凭证，预计需三周。");
        await Assertions.Expect(casePage.ExtensionPending).ToBeVisibleAsync();
        await Assertions.Expect(casePage.Action("Extension")).ToHaveCountAsync(0);

        // Supervisor: the request waits in the inbox; the decision is taken on the case page.
        var supervisor = await OpenPageAsync();
        await SignInAsync(supervisor, "supervisor");
        await supervisor.GotoAsync("/supervision/escalations");
        var request = supervisor.GetByTestId("extension-requests").Locator($"tr[data-complaint='{complaint.Number}']");
        await Assertions.Expect(request).ToContainTextAsync("需向境外收单机构调取交易凭证");
        await Navigation.SubmitAndWaitAsync(supervisor, () => request.Locator("a").ClickAsync());
        var supervisorCase = new CasePage(supervisor);
        await supervisorCase.DecideExtensionAsync(approve: true, comment: "同意延期，请每周向客户通报进展。");
        await Assertions.Expect(supervisorCase.ExtensionPending).ToHaveCountAsync(0);

        // Handler: the new decision deadline, as stored, replaces the old one.
        using var api = await App.App.ApiClientAsync("supervisor");
        var stored = await Api.GetAsync<ComplaintDesk.Complaints.Views.ComplaintView>(api, $"/api/complaints/{complaint.Id}");
        var decision = stored.Clocks.Deadlines.Single(d => d.Target == ComplaintDesk.Clocks.SlaTarget.Resolution);
        decision.Extensions.ShouldBe(1);
        var expected = TimeZoneInfo.ConvertTime(decision.DueAt, Beijing).ToString("yyyy年M月d日 HH:mm", CultureInfo.GetCultureInfo("zh-CN"));
        await casePage.GotoAsync(complaint.Id);
        await Assertions.Expect(casePage.DueOf("Resolution")).ToContainTextAsync(expected);
        await Assertions.Expect(casePage.DueOf("Resolution")).Not.ToHaveTextAsync(dueBefore);
        await Assertions.Expect(casePage.Extensions.Locator("li[data-approved='True']")).ToContainTextAsync("同意延期");
        await ScreenshotAsync(handler, "flow-clock-extension-approved");
    });

    private async Task<ComplaintDesk.Complaints.Views.ComplaintView> InProgressAsync()
    {
        using var counter = await App.App.ApiClientAsync("counter");
        var c = await Api.RegisterAsync(counter, new
        {
            customer = new { name = "钱伟", phone = "13822223333" },
            channel = "Counter",
            categoryId = Staff.CategoryId,
            priority = "Normal",
            description = "信用卡出现两笔境外盗刷，已挂失但银行尚未处理退款。",
        });
        return await App.Given.BringToAsync(c, ComplaintStatus.InProgress);
    }
}
