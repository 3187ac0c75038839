using Microsoft.AspNetCore.Hosting;

namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>The hosted service that runs the monitor in the app, switched on as it is outside the test host.</summary>
public sealed class MonitorHostingTests : IAsyncLifetime
{
    private readonly ApiFixture _fx = new();

    public Task InitializeAsync() => _fx.InitializeAsync();

    public Task DisposeAsync() => _fx.DisposeAsync();

    [Fact]
    public async Task An_instance_with_the_monitor_on_escalates_an_overdue_complaint_by_itself()
    {
        var c = await new MonitorScenario(_fx).Cases.RegisterAsync(receivedAt: MonitorScenario.LongAgo);
        await using var host = new ComplaintDeskApp(_fx.Database.ConnectionString);
        await using var monitoring = host.WithWebHostBuilder(b => b.UseSetting("Sla:MonitorEnabled", "true"));

        _ = monitoring.Services; // starts the host and its hosted services; the first pass runs at start
        // Waits for the background pass (the clock is real here); the assertion is on what it did, not on how fast.
        var escalations = 0L;
        for (var i = 0; i < 600 && escalations == 0; i++)
        {
            await Task.Delay(100);
            escalations = await _fx.Database.ScalarAsync($"SELECT count(*) FROM escalations WHERE complaint_id = {c.Id}");
        }

        escalations.ShouldBe(1);
        (await _fx.Database.ScalarAsync($"SELECT count(*) FROM complaint_deadlines WHERE complaint_id = {c.Id} AND missed_at IS NOT NULL"))
            .ShouldBe(2);
    }
}
