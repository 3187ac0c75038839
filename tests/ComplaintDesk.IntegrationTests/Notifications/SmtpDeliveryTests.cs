using ComplaintDesk.Notifications;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>E-mail over real SMTP, to a server the test runs on loopback.</summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TestDatabase _database = null!;
    private ComplaintDeskApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _app = DeliveryHost.Create(_database, new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(),
            ["Smtp:From"] = "complaints@bank.example",
            ["Smtp:FromName"] = "示例银行投诉中心",
        });
    }

    [Fact]
    public async Task An_email_arrives_with_its_recipient_and_its_chinese_and_english_subject_and_body()
    {
        const string subject = "投诉受理通知 Complaint TS20260309000001 received";
        const string body = "王先生您好：您的投诉已受理，编号 TS20260309000001，我们将在15日内答复。\nDear Mr Wang, we will reply within 15 days.";
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Email, "wang@example.com", subject, body, DateTimeOffset.UtcNow);

        var pass = await _app.Dispatcher().RunOnceAsync(CancellationToken.None);

        pass.Sent.ShouldBe(1);
        var mail = _smtp.Received.ShouldHaveSingleItem();
        mail.Recipients.ShouldBe(["wang@example.com"]);
        mail.From.ShouldBe("complaints@bank.example");
        mail.Message.From.ShouldContain("示例银行投诉中心");
        mail.Message.Subject.ShouldBe(subject);
        mail.Message.Body.ReplaceLineEndings("\n").ShouldBe(body);
        var message = await OutboxRows.LoadAsync(_database, id);
        message.Status.ShouldBe(OutboxStatus.Sent);
        message.DeliveryAttempts.ShouldHaveSingleItem().Outcome.ShouldBe(AttemptOutcome.Sent);
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_is_a_failed_attempt_with_the_servers_reason()
    {
        _smtp.RefusedRecipients.Add("nobody@example.com");
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Email, "nobody@example.com", "结果通知", "处理结果", DateTimeOffset.UtcNow);

        var pass = await _app.Dispatcher().RunOnceAsync(CancellationToken.None);

        pass.Failed.ShouldBe(1);
        _smtp.Received.ShouldBeEmpty();
        var message = await OutboxRows.LoadAsync(_database, id);
        message.Status.ShouldBe(OutboxStatus.Pending);
        message.LastError.ShouldNotBeNull().ShouldContain("SMTP");
        message.DeliveryAttempts.ShouldHaveSingleItem().Outcome.ShouldBe(AttemptOutcome.Failed);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
