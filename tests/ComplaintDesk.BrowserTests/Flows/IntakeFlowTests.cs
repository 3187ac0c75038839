using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintDesk.BrowserTests.Flows;

/// <summary>The counter clerk's intake: registering in Chinese, the slip, the customer's history and form errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class IntakeFlowTests(ChromiumFixture chromium, AppFixture app) : BrowserTest(chromium, app)
{
    private const string Description = "我在三月五日申请的信用卡至今未收到,客服电话一直占线,网点也说查不到寄送记录。";
    private const string Desired = "请尽快补寄信用卡并书面说明延误原因。";

    [Fact]
    public Task A_counter_clerk_registers_a_Chinese_complaint_and_gets_its_number_and_slip() => BrowseAsync(async page =>
    {
        (await SignInAsync(page, "counter")).ShouldBe(IntakePage.Path);
        var intake = new IntakePage(page);
        await Assertions.Expect(intake.Register).ToBeVisibleAsync();

        await intake.FillAsync("李华", "139 1234 5678", Description, Desired, category: Staff.CategoryId.ToString(CultureInfo.InvariantCulture));
        var slip = await intake.RegisterAsync();

        var number = await slip.NumberAsync();
        var match = NumberPattern().Match(number);
        match.Success.ShouldBeTrue($"'{number}' is not TS + yyyyMMdd + 6 digits");
        var day = DateOnly.ParseExact(match.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        // The number carries the bank's (Shanghai) date; a day of slack for a run across midnight.
        Math.Abs(day.DayNumber - today.DayNumber).ShouldBeLessThanOrEqualTo(1);

        await Assertions.Expect(slip.Slip).ToContainTextAsync(number);
        await Assertions.Expect(slip.Slip).ToContainTextAsync(Description);
        await Assertions.Expect(slip.Slip).ToContainTextAsync(Desired);
        await Assertions.Expect(slip.Slip).ToContainTextAsync("李华");
        // The phone is masked on the slip the customer takes home.
        await Assertions.Expect(slip.Slip).Not.ToContainTextAsync("139 1234 5678");
        await Assertions.Expect(slip.ResponseDue).ToHaveTextAsync(new Regex(@"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$"));
        var due = DateOnly.ParseExact((await slip.ResponseDue.InnerTextAsync()).Trim(), "yyyy年M月d日", CultureInfo.InvariantCulture);
        due.ShouldBeGreaterThan(today);
        await ScreenshotAsync(page, "flow-intake-slip");

        // The slip's "open the case" link leads to the same complaint.
        await slip.OpenCaseLink.ClickAsync();
        await Shell.WaitForPathAsync(page, $"/complaints/{slip.Id}");
        var casePage = new CasePage(page);
        await Assertions.Expect(casePage.Number).ToHaveTextAsync(number);
        await Assertions.Expect(casePage.Status).ToHaveAttributeAsync("data-status", "Registered");
        await Assertions.Expect(page.GetByTestId("record")).ToContainTextAsync(Description);
    });

    [Fact]
    public Task The_customer_history_appears_on_a_second_intake_as_the_phone_is_typed() => BrowseAsync(async page =>
    {
        await SignInAsync(page, "counter");
        var intake = new IntakePage(page);
        await intake.GotoAsync();
        await intake.FillAsync("周敏", "13700002222", "网银转账被重复扣款两次,共计五千元。");
        var slip = await intake.RegisterAsync();
        var first = await slip.NumberAsync();

        // "Register another complaint" from the slip: a fresh form with an empty history panel.
        await page.Locator("[data-testid='registered'] a[href='/intake/new']").ClickAsync();
        await Shell.WaitForPathAsync(page, IntakePage.Path);
        await Assertions.Expect(intake.Name).ToHaveValueAsync("");
        await Assertions.Expect(intake.HistoryNumbers).ToHaveCountAsync(0);
        // With the script running, the no-script lookup button is hidden.
        await Assertions.Expect(intake.ShowHistoryButton).ToBeHiddenAsync();

        // Typed as a person would, key by key: the panel refreshes itself once typing pauses.
        await intake.Phone.PressSequentiallyAsync("13700002222", new LocatorPressSequentiallyOptions { Delay = 20 });

        await Assertions.Expect(intake.HistoryNumbers).ToHaveCountAsync(1);
        await Assertions.Expect(intake.HistoryNumbers.First).ToHaveTextAsync(first);
        await Assertions.Expect(intake.History).ToContainTextAsync("周敏");
        await Assertions.Expect(intake.HistoryNumbers.First).ToHaveAttributeAsync("href", $"/complaints/{slip.Id}");
        // The lookup does not disturb what the clerk is typing.
        await Assertions.Expect(intake.Phone).ToHaveValueAsync("13700002222");
        await Assertions.Expect(intake.Phone).ToBeFocusedAsync();

        // Another phone: the panel empties again.
        await intake.Phone.FillAsync("13700009999");
        await Assertions.Expect(intake.HistoryNumbers).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_slow_answer_for_an_earlier_phone_does_not_overwrite_the_history_of_the_phone_typed_last() => BrowseAsync(async page =>
    {
        using var api = await App.App.ApiClientAsync("counter");
        var earlier = (await Api.RegisterAsync(api, Api.NewComplaint(phone: "13300005555", name: "冯雪"))).Number;
        await SignInAsync(page, "counter");
        var intake = new IntakePage(page);
        await intake.GotoAsync();

        // Hold back the lookup for the first (mistyped) phone until the right one has been answered.
        var firstSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lookups = 0;
        await page.RouteAsync(new Regex("handler=HistoryPanel"), async route =>
        {
            if (Interlocked.Increment(ref lookups) == 1)
            {
                firstSent.TrySetResult();
                await release.Task;
            }
            await route.ContinueAsync();
        });

        await intake.Phone.FillAsync("13300005550");
        await firstSent.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await intake.Phone.FillAsync("13300005555");
        await Assertions.Expect(intake.HistoryNumbers).ToHaveTextAsync([earlier]);

        var late = page.WaitForRequestFinishedAsync(new PageWaitForRequestFinishedOptions
        {
            Predicate = r => r.Url.Contains("handler=HistoryPanel") && (r.PostData ?? "").Contains("13300005550"),
        });
        release.SetResult();
        await late;
        // Let the page's script handle the late answer before looking.
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 300))");

        await Assertions.Expect(intake.HistoryNumbers).ToHaveTextAsync([earlier]);
    });

    [Fact]
    public Task Without_script_the_history_button_shows_the_earlier_complaints_and_keeps_the_form() =>
        BrowseAsync(new BrowserNewContextOptions { Locale = Chinese, JavaScriptEnabled = false }, async page =>
        {
            using var api = await App.App.ApiClientAsync("counter");
            var earlier = (await Api.RegisterAsync(api, Api.NewComplaint(phone: "13600003333", name: "钱进"))).Number;

            await SignInAsync(page, "counter");
            var intake = new IntakePage(page);
            await intake.GotoAsync();
            await Assertions.Expect(intake.ShowHistoryButton).ToBeVisibleAsync();
            await intake.Name.FillAsync("钱进");
            await intake.Phone.FillAsync("13600003333");
            await intake.Description.FillAsync("还没写完的描述");

            await Navigation.SubmitAndWaitAsync(page, () => intake.ShowHistoryButton.ClickAsync());

            await Assertions.Expect(intake.HistoryNumbers).ToHaveTextAsync([earlier]);
            await Assertions.Expect(intake.Name).ToHaveValueAsync("钱进");
            await Assertions.Expect(intake.Description).ToHaveValueAsync("还没写完的描述");
            // Looking the customer up is not registering: no error shown, nothing registered.
            await Assertions.Expect(intake.FormErrors).ToHaveCountAsync(0);
            Shell.PathOf(page).ShouldBe(IntakePage.Path);
        });

    [Fact]
    public Task Bad_input_shows_the_errors_beside_the_fields_and_keeps_what_was_typed() => BrowseAsync(async page =>
    {
        await SignInAsync(page, "counter");
        var intake = new IntakePage(page);
        await intake.GotoAsync();
        await intake.Name.FillAsync("赵六");
        await intake.Phone.FillAsync("电话号码");
        await intake.DesiredOutcome.FillAsync("退还年费");
        // Description left empty.

        await Navigation.SubmitAndWaitAsync(page, () => intake.Register.ClickAsync());

        Shell.PathOf(page).ShouldBe(IntakePage.Path);
        await Assertions.Expect(intake.FormErrors).ToBeVisibleAsync();
        await Assertions.Expect(intake.ErrorFor("Input.Customer.Phone")).ToBeVisibleAsync();
        await Assertions.Expect(intake.ErrorFor("Input.Customer.Phone")).Not.ToBeEmptyAsync();
        await Assertions.Expect(intake.ErrorFor("Input.Description")).ToBeVisibleAsync();
        await Assertions.Expect(intake.ErrorFor("Input.Description")).Not.ToBeEmptyAsync();
        // Fields without a problem carry no message.
        await Assertions.Expect(intake.ErrorFor("Input.Customer.Name")).ToBeEmptyAsync();
        // What was typed is still there, the bad value included, so only the mistake needs retyping.
        await Assertions.Expect(intake.Name).ToHaveValueAsync("赵六");
        await Assertions.Expect(intake.Phone).ToHaveValueAsync("电话号码");
        await Assertions.Expect(intake.DesiredOutcome).ToHaveValueAsync("退还年费");
        await ScreenshotAsync(page, "flow-intake-errors");

        // Corrected, the same form registers.
        await intake.Phone.FillAsync("13500004444");
        await intake.Description.FillAsync("年费未按承诺减免。");
        var slip = await intake.RegisterAsync();
        await Assertions.Expect(slip.Slip).ToContainTextAsync("年费未按承诺减免。");
    });

    [GeneratedRegex(@"^TS(\d{8})\d{6}$")]
    private static partial Regex NumberPattern();
}
