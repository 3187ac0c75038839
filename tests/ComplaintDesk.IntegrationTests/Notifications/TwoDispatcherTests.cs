using ComplaintDesk.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>Two app instances on one database share the outbox: every message is delivered, and only once.</summary>
public sealed class TwoDispatcherTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    [Fact]
    public async Task Two_instances_draining_one_outbox_deliver_each_of_200_messages_exactly_once()
    {
        var ids = await OutboxRows.AddManyAsync(_database, 200, DateTimeOffset.UtcNow);
        // One channel behind both instances, so a message sent twice is counted twice whichever instance sent it.
        var channel = new ScriptedSender(MessageChannel.Email, delay: TimeSpan.FromMilliseconds(2));
        var smallBatches = new Dictionary<string, string> { ["Notifications:BatchSize"] = "7" };
        await using var first = DeliveryHost.Create(_database, smallBatches, null, channel);
        await using var second = DeliveryHost.Create(_database, smallBatches, null, channel);
        var (a, b) = (first.Dispatcher(), second.Dispatcher());

        await Task.WhenAll(Task.Run(a.DrainAsync), Task.Run(b.DrainAsync));

        channel.Deliveries.Keys.Order().ShouldBe(ids.Order());
        channel.Deliveries.Values.ShouldAllBe(n => n == 1);
        (await _database.ScalarAsync("SELECT count(*) FROM outbox_messages WHERE status = 'Sent'")).ShouldBe(200);
        (await _database.ScalarAsync("SELECT count(*) FROM outbox_attempts WHERE outcome = 'Sent'")).ShouldBe(200);
        // Both took part: otherwise this test would not have raced anything.
        (await _database.ScalarAsync($"SELECT count(*) FROM outbox_attempts WHERE instance = '{a.Instance}'")).ShouldBeGreaterThan(0);
        (await _database.ScalarAsync($"SELECT count(*) FROM outbox_attempts WHERE instance = '{b.Instance}'")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_instance_lapses_and_another_instance_delivers_the_message()
    {
        var clock = new FakeTimeProvider(ApiFixture.ClockStart);
        var channel = new ScriptedSender(MessageChannel.Email);
        await using var app = DeliveryHost.Create(_database, new Dictionary<string, string> { ["Notifications:LeaseDuration"] = "00:05:00" },
            clock, channel);
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Email, "wang@example.com", "受理", "正文", clock.GetUtcNow());
        // What a dispatcher that died after claiming leaves behind.
        await _database.ScalarAsync(
            $"UPDATE outbox_messages SET claimed_by = 'crashed:1:dead', locked_until = '{clock.GetUtcNow().AddMinutes(5):O}' WHERE id = {id} RETURNING id");

        (await app.Dispatcher().RunOnceAsync(CancellationToken.None)).Claimed.ShouldBe(0);
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var pass = await app.Dispatcher().RunOnceAsync(CancellationToken.None);

        pass.Sent.ShouldBe(1);
        channel.Deliveries[id].ShouldBe(1);
        (await OutboxRows.LoadAsync(_database, id)).DeliveryAttempts.ShouldHaveSingleItem().Instance.ShouldBe(app.Dispatcher().Instance);
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();
}
