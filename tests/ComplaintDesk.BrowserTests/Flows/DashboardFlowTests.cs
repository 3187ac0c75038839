using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ComplaintDesk.BrowserTests.Flows;

/// <summary>A manager opens the dashboard, clicks a figure, sees the complaints behind it and downloads them as CSV.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardFlowTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    [Fact]
    public Task A_manager_drills_down_from_a_figure_and_exports_the_list() =>
        BrowseAsync(new BrowserNewContextOptions { Locale = Chinese, AcceptDownloads = true }, async page =>
        {
            var number = await RegisterAsync("赵敏");
            await SignInAsync(page, "manager");

            await page.GotoAsync("/reports/dashboard");
            var received = page.Locator("[data-testid=figures] a[data-figure=received]");
            await Assertions.Expect(received.Locator(".big-number")).ToHaveTextAsync("1");
            await ScreenshotAsync(page, "zh-CN-report-dashboard");
            await received.ClickAsync();

            await Navigation.WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex(@"/reports/complaints\?figure=received"));
            await Assertions.Expect(page.Locator($"[data-testid=report-list] tr[data-number='{number}']")).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-csv]").ClickAsync());

            download.SuggestedFilename.ShouldStartWith("received-");
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            text.ShouldStartWith("投诉编号,");
            text.ShouldContain(number);
        });

    private async Task<string> RegisterAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = App.BaseAddress };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = "counter", password = TestStaff.Password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return (await Api.RegisterAsync(http, Api.NewComplaint(name: name, categoryId: Staff.CategoryId))).Number;
    }
}
