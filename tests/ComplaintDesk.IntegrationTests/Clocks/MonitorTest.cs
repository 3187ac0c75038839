namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>
/// Base of the monitor pass tests: a fresh database and app per test, because a pass works through every complaint in
/// the database and one test's cases must not turn up in another's counts.
/// </summary>
public abstract class MonitorTest : IAsyncLifetime
{
    private protected ApiFixture Fx { get; } = new();
    private protected MonitorScenario S { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Fx.InitializeAsync();
        S = new MonitorScenario(Fx);
    }

    public Task DisposeAsync() => Fx.DisposeAsync();
}
