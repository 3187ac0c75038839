using ComplaintDesk.Notifications;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>SMS through the HTTP gateway adapter, against an endpoint the test runs on loopback, and the development folder.</summary>
public sealed class SmsDeliveryTests : IAsyncLifetime
{
    private readonly SmsGatewayTestServer _gateway = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    private ComplaintDeskApp GatewayApp() => DeliveryHost.Create(_database, new Dictionary<string, string>
    {
        ["Sms:Mode"] = "Gateway",
        ["Sms:GatewayUrl"] = _gateway.Url,
        ["Sms:ApiKey"] = "test-key-123",
        ["Sms:ApiKeyHeader"] = "X-Api-Key",
    });

    [Fact]
    public async Task An_sms_is_posted_to_the_gateway_as_json_with_the_api_key_header()
    {
        await using var app = GatewayApp();
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Sms, "13800001111", "受理", "您的投诉TS20260309000001已受理。", DateTimeOffset.UtcNow);

        (await app.Dispatcher().RunOnceAsync(CancellationToken.None)).Sent.ShouldBe(1);

        var request = _gateway.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Headers["X-Api-Key"].ShouldBe("test-key-123");
        request.ContentType.ShouldNotBeNull().ShouldStartWith("application/json");
        using var json = JsonDocument.Parse(request.Body);
        json.RootElement.GetProperty("to").GetString().ShouldBe("13800001111");
        json.RootElement.GetProperty("text").GetString().ShouldBe("您的投诉TS20260309000001已受理。");
        json.RootElement.EnumerateObject().Count().ShouldBe(2);
        (await OutboxRows.LoadAsync(_database, id)).Status.ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task A_500_from_the_gateway_is_a_failed_attempt_and_the_message_waits_for_its_retry()
    {
        _gateway.Status = HttpStatusCode.InternalServerError;
        await using var app = GatewayApp();
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Sms, "13800002222", "受理", "短信正文", DateTimeOffset.UtcNow);

        (await app.Dispatcher().RunOnceAsync(CancellationToken.None)).Failed.ShouldBe(1);

        _gateway.Requests.Count.ShouldBe(1);
        var message = await OutboxRows.LoadAsync(_database, id);
        message.Status.ShouldBe(OutboxStatus.Pending);
        message.Failures.ShouldBe(1);
        message.LastError.ShouldNotBeNull().ShouldContain("500");
        message.NextAttemptAt.ShouldBeGreaterThan(message.DeliveryAttempts.Single().At);
        message.ClaimedBy.ShouldBeNull();
    }

    [Fact]
    public async Task The_development_folder_adapter_writes_one_file_per_message()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cd-sms-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = DeliveryHost.Create(_database, new Dictionary<string, string> { ["Sms:Mode"] = "Folder", ["Sms:Folder"] = folder });
        await OutboxRows.AddAsync(_database, MessageChannel.Sms, "13800003333", "受理", "第一条短信", DateTimeOffset.UtcNow);
        await OutboxRows.AddAsync(_database, MessageChannel.Sms, "13800004444", "受理", "第二条短信", DateTimeOffset.UtcNow);
        try
        {
            (await app.Dispatcher().RunOnceAsync(CancellationToken.None)).Sent.ShouldBe(2);

            var texts = Directory.GetFiles(folder).Select(File.ReadAllText).Order().ToList();
            texts.Count.ShouldBe(2);
            texts.ShouldContain(t => t.Contains("13800003333") && t.Contains("第一条短信"));
            texts.ShouldContain(t => t.Contains("13800004444") && t.Contains("第二条短信"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _gateway.DisposeAsync();
    }
}
