using System.Net.Http.Json;
using System.Text.Json;
using ComplaintDesk.Complaints;

namespace ComplaintDesk.BrowserTests.Flows;

/// <summary>
/// The customer's side on a phone-sized screen, without any sign-in: the link from a message opens the complaint,
/// the customer accepts the result and rates the handling; another customer looks their complaint up and appeals.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerPortalTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    private const string Phone = "13800001111";

    private static BrowserNewContextOptions Phone390() => new()
    {
        Locale = Chinese, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
    };

    [Fact]
    public Task A_customer_opens_the_link_accepts_the_result_and_answers_the_survey() => BrowseAsync(Phone390(), async customer =>
    {
        var number = await AwaitingConfirmationAsync("补寄信用卡并致歉");
        await customer.GotoAsync("/customer/" + await TokenAsync(number));

        await Assertions.Expect(customer.Locator("h1")).ToContainTextAsync(number);
        await Assertions.Expect(customer.GetByTestId("result")).ToContainTextAsync("补寄信用卡并致歉");
        await Assertions.Expect(customer.GetByTestId("result-by")).ToContainTextAsync("H0001");
        await ScreenshotAsync(customer, "customer-result-to-confirm");

        await customer.Locator("#confirm-satisfied-yes").CheckAsync();
        await customer.Locator("#Confirm_Comment").FillAsync("已收到新卡,谢谢。");
        await customer.GetByTestId("confirm-form").Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(customer.GetByTestId("done")).ToBeVisibleAsync();
        await Assertions.Expect(customer.Locator("[data-testid=status] .badge")).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(customer.GetByTestId("confirm-form")).ToHaveCountAsync(0);

        await customer.Locator("label[for=survey-rating-5], #survey-rating-5").First.ClickAsync();
        await customer.Locator("#Survey_Comment").FillAsync("处理及时,态度很好。");
        await customer.GetByTestId("survey-form").Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(customer.GetByTestId("survey-answered")).ToContainTextAsync("5");
        await Assertions.Expect(customer.GetByTestId("survey-form")).ToHaveCountAsync(0);
        await ScreenshotAsync(customer, "customer-closed-and-rated");
    });

    [Fact]
    public Task A_customer_looks_the_complaint_up_and_appeals_with_a_reason() => BrowseAsync(Phone390(), async customer =>
    {
        var number = await AwaitingConfirmationAsync("不予退费");
        await customer.GotoAsync("/customer");
        await customer.Locator("#Lookup_Number").FillAsync(number);
        await customer.Locator("#Lookup_Phone").FillAsync("138 0000 1111");
        await ScreenshotAsync(customer, "customer-lookup");
        await customer.GetByTestId("lookup-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(customer.Locator("h1")).ToContainTextAsync(number);

        const string reason = "年费是在我不知情的情况下扣除的,要求退还。";
        await customer.Locator("[data-testid=answer] details summary").ClickAsync();
        await customer.GetByTestId("appeal-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(customer.Locator("[data-valmsg-for='Appeal.Reason']")).Not.ToBeEmptyAsync();
        await customer.Locator("#Appeal_Reason").FillAsync(reason);
        await customer.GetByTestId("appeal-form").Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(customer.GetByTestId("done")).ToBeVisibleAsync();
        await Assertions.Expect(customer.Locator("[data-testid=status] .badge")).ToHaveAttributeAsync("data-status", "Reopened");
        var appealed = customer.Locator("[data-testid=progress] li[data-type=Appealed]");
        await Assertions.Expect(appealed).ToContainTextAsync(reason);
        await Assertions.Expect(customer.GetByTestId("appeal-form")).ToHaveCountAsync(0);
        await ScreenshotAsync(customer, "customer-appealed");
    });

    [Fact]
    public Task A_tampered_link_shows_a_plain_page_that_leads_to_the_lookup() => BrowseAsync(Phone390(), async customer =>
    {
        await customer.GotoAsync("/customer/CfDJ8-not-a-real-link");

        await Assertions.Expect(customer.GetByTestId("link-refused")).ToHaveAttributeAsync("data-state", "Invalid");
        await customer.GetByTestId("link-refused").Locator("a").ClickAsync();
        await Assertions.Expect(customer.GetByTestId("lookup-form")).ToBeVisibleAsync();
    });

    private async Task<string> AwaitingConfirmationAsync(string outcome)
    {
        var c = await App.Given.BringToAsync(await App.Given.RegisterAsync(), ComplaintStatus.AwaitingConfirmation,
            resolution: new { outcome, measuresTaken = "已核查账户记录", upheld = true },
            feedback: new { channel = "Sms", summary = "短信告知处理结果" });
        return c.Number;
    }

    private async Task<string> TokenAsync(string number)
    {
        using var http = App.App.Http();
        var response = await http.PostAsJsonAsync("/api/customer/lookup", new { number, phone = Phone });
        await Api.ExpectAsync(response, System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
