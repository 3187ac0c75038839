using ComplaintDesk.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>The hosted service that runs the dispatcher in the app, switched on as it is outside the test host.</summary>
public sealed class DispatcherHostingTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    [Fact]
    public async Task An_instance_with_the_dispatcher_on_delivers_queued_messages_by_itself()
    {
        var channel = new ScriptedSender(MessageChannel.Sms);
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Sms, "13800001111", "受理", "短信", DateTimeOffset.UtcNow);
        await using var app = DeliveryHost.Create(_database, new Dictionary<string, string>
        {
            ["Notifications:DispatcherEnabled"] = "true",
            ["Notifications:PollInterval"] = "00:00:00.200",
        }, null, channel);

        _ = app.Services.GetRequiredService<OutboxDispatcher>(); // starts the host and its hosted services
        // Waits for the background pass (the clock is real here); the assertion is on what it did, not on how fast.
        for (var i = 0; i < 600 && channel.Deliveries.IsEmpty; i++) await Task.Delay(100);

        channel.Deliveries.Keys.ShouldBe([id]);
        (await OutboxRows.LoadAsync(_database, id)).Status.ShouldBe(OutboxStatus.Sent);
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();
}
