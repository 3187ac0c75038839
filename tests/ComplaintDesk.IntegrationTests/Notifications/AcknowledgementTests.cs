using System.Text.RegularExpressions;
using ComplaintDesk.CustomerPortal;
using ComplaintDesk.Intake;
using ComplaintDesk.Notifications;
using ComplaintDesk.Notifications.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>Registering a complaint queues the customer's acknowledgement, composed in the language chosen at intake.</summary>
public sealed partial class AcknowledgementTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static TheoryData<string?, string> Languages() => new() { { null, "zh-CN" }, { "zh-CN", "zh-CN" }, { "en", "en" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Registration_queues_an_acknowledgement_with_number_deadline_and_a_working_link(string? chosen, string expected)
    {
        var counter = await fx.ClientAsync("counter");
        var c = await Api.RegisterAsync(counter, Registration(chosen, email: "wang@example.com"));
        c.Customer.PreferredLanguage.ShouldBe(expected);

        var queued = (await Deliveries.QueuedAsync(fx.Database, c.Id, NoticeTemplates.Acknowledgement)).ShouldHaveSingleItem();
        queued.Channel.ShouldBe(MessageChannel.Email);
        queued.RecipientAddress.ShouldBe("wang@example.com");

        var now = DateTimeOffset.UtcNow;
        var message = await Deliveries.ComposeAsync(fx.App, queued, now);

        message.Language.ShouldBe(expected);
        message.Subject.ShouldContain(c.Number);
        message.Body.ShouldContain(c.Number);
        message.Body.ShouldContain(MessageValues.FormatInstant(c.ResponseDueAt, expected, Shanghai));
        message.Body.ShouldContain("王小明");
        message.Body.ShouldNotContain("{");
        var token = CustomerLink().Match(message.Body).Groups[1].Value;
        fx.App.Services.GetRequiredService<CustomerLinks>().Read(token, now).ShouldBe(new LinkCheck(LinkState.Valid, c.Id));
    }

    [Fact]
    public async Task A_customer_without_email_is_acknowledged_by_sms_to_the_phone_number()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"), Registration("en", email: null));

        var queued = (await Deliveries.QueuedAsync(fx.Database, c.Id, NoticeTemplates.Acknowledgement)).ShouldHaveSingleItem();

        queued.Channel.ShouldBe(MessageChannel.Sms);
        queued.RecipientAddress.ShouldBe("13800001111");
    }

    [Fact]
    public async Task A_language_other_than_chinese_or_english_is_refused_and_nothing_is_written()
    {
        var counter = await fx.ClientAsync("counter");
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await counter.PostAsJsonAsync("/api/complaints", Registration("fr", email: null));

        (await Api.ErrorFieldsAsync(response)).ShouldBe(["customer.preferredLanguage"]);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task The_intake_form_records_the_language_chosen_for_the_customers_messages()
    {
        var page = await PageClient.SignInAsync(fx.App, "counter");
        var form = await page.GetPageAsync("/intake/new");
        form.Get("select[name='Input.Customer.PreferredLanguage'] option[selected]").GetAttribute("value").ShouldBe("zh-CN");

        var response = await page.SubmitAsync(form, "#intake-form",
            ("Input.Customer.Name", "Alice Wong"), ("Input.Customer.Phone", "13800002222"), ("Input.Customer.PreferredLanguage", "en"),
            ("Input.Description", "My card was charged twice for one purchase."));

        var slip = PageClient.LocationOf(response);
        slip.ShouldStartWith("/intake/slip/");
        var c = await Api.GetAsync<ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{slip["/intake/slip/".Length..]}");
        c.Customer.PreferredLanguage.ShouldBe("en");
        var queued = (await Deliveries.QueuedAsync(fx.Database, c.Id, NoticeTemplates.Acknowledgement)).ShouldHaveSingleItem();
        (await Deliveries.ComposeAsync(fx.App, queued, DateTimeOffset.UtcNow)).Subject.ShouldBe($"We have received your complaint {c.Number}");
    }

    private static object Registration(string? preferredLanguage, string? email) => new
    {
        customer = new { name = "王小明", phone = "13800001111", email, preferredLanguage },
        channel = "Counter",
        priority = "Normal",
        description = "信用卡办理两个月仍未收到,也没有任何解释。",
    };

    [GeneratedRegex(@"/customer/([A-Za-z0-9_\-]+)")]
    private static partial Regex CustomerLink();
}
