using System.Text.RegularExpressions;
using ComplaintDesk.CustomerPortal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>
/// The whole chain with nothing stood in: a workflow step queues the notice, the shipped templates compose it in the
/// customer's language, the dispatcher sends it over SMTP to a server on loopback, and the link in it opens the
/// complaint.
/// </summary>
public sealed partial class CustomerEmailEndToEndTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TestDatabase _database = null!;
    private TestStaff _staff = null!;
    private ComplaintDeskApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _staff = await TestStaff.SeedAsync(_database);
        _app = new ComplaintDeskApp(_database.ConnectionString, null, builder =>
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", _smtp.Port.ToString());
            builder.UseSetting("Smtp:PickupDirectory", "");
            builder.UseSetting("Smtp:From", "complaints@bank.example");
        });
    }

    [Theory]
    [InlineData("zh-CN", "wang@example.com", "受理")]
    [InlineData("en", "smith@example.com", "received")]
    public async Task The_acknowledgement_and_the_result_reach_the_customer_by_email_in_their_language(string language, string email, string ackWord)
    {
        var c = await Api.RegisterAsync(await _app.ClientForAsync("counter"), new
        {
            customer = new { name = "王小明", phone = "13800001111", email, preferredLanguage = language },
            channel = "Counter",
            priority = "Normal",
            description = "信用卡办理两个月仍未收到,也没有任何解释。",
        });

        await _app.Dispatcher().DrainAsync();

        var ack = _smtp.Received.ShouldHaveSingleItem();
        ack.Recipients.ShouldBe([email]);
        ack.From.ShouldBe("complaints@bank.example");
        ack.Message.Subject.ShouldContain(c.Number);
        ack.Message.Subject.ShouldContain(ackWord, Case.Insensitive);
        ack.Message.Body.ShouldContain(c.Number);
        ack.Message.Body.ShouldContain("王小明");
        ack.Message.Body.ShouldNotContain("{");
        var token = CustomerLink().Match(ack.Message.Body).Groups[1].Value;
        _app.Services.GetRequiredService<CustomerLinks>().Read(token, DateTimeOffset.UtcNow).ShouldBe(new LinkCheck(LinkState.Valid, c.Id));

        await new ComplaintScenario(_app.ClientForAsync, _staff).BringToAsync(c, ComplaintStatus.AwaitingConfirmation,
            resolution: new { outcome = "已补寄新卡并减免当年年费", measuresTaken = "加急寄送", upheld = true });
        await _app.Dispatcher().DrainAsync();

        var result = _smtp.Received.Skip(1).ShouldHaveSingleItem();
        result.Recipients.ShouldBe([email]);
        result.Message.Subject.ShouldContain(c.Number);
        result.Message.Body.ShouldContain("已补寄新卡并减免当年年费");
        result.Message.Body.ShouldContain(_staff.ByUserName["handler"].StaffNumber);
        result.Message.Body.ShouldContain(_staff.ByUserName["handler"].DisplayName);
        result.Message.Body.ShouldContain("/customer/");
        if (language == "en") result.Message.Body.ShouldContain("Dear");
        else result.Message.Body.ShouldContain("尊敬的");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [GeneratedRegex(@"/customer/([A-Za-z0-9_\-]+)")]
    private static partial Regex CustomerLink();
}
