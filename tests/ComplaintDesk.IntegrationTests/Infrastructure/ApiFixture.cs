using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// One migrated database with test staff and one app instance, shared by the tests of a class. The app runs on the
/// system clock, or, with <see cref="OnFakeClock"/>, on a <see cref="FakeTimeProvider"/> the tests move by hand.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    /// <summary>Where a fake clock starts: Monday 9 March 2026, 10:00 in Shanghai, an ordinary working week in the shipped Chinese calendar.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider? _clock;

    public ApiFixture() : this(clock: null) { }

    private ApiFixture(FakeTimeProvider? clock) => _clock = clock;

    /// <summary>The app's fake clock (only on a fixture <see cref="OnFakeClock"/>).</summary>
    public FakeTimeProvider Clock => _clock ?? throw new InvalidOperationException($"This fixture runs on the system clock: use {nameof(ApiFixture)}.{nameof(OnFakeClock)}.");

    public TestDatabase Database { get; private set; } = null!;
    public TestStaff Staff { get; private set; } = null!;
    public ComplaintDeskApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Staff = await TestStaff.SeedAsync(Database);
        App = new ComplaintDeskApp(Database.ConnectionString, _clock);
    }

    public Task<HttpClient> ClientAsync(string userName) => App.ClientForAsync(userName);

    /// <summary>Complaints set up through this fixture's app.</summary>
    public ComplaintScenario Given => new(ClientAsync, Staff);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>The same fixture with the app on a fake clock that starts at <see cref="ClockStart"/>.</summary>
    public sealed class OnFakeClock() : ApiFixture(new FakeTimeProvider(ClockStart));
}
