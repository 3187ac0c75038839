using ComplaintDesk.Demo.Volume;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.IntegrationTests.Reports;

/// <summary>A small generate-data run into a test database, made once for <see cref="GeneratedDataTests"/>: generating is the slow part.</summary>
public sealed class GeneratedData : IAsyncLifetime
{
    public const int Count = 2_000;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

    public TestDatabase Db { get; private set; } = null!;
    public ComplaintDeskApp App { get; private set; } = null!;

    /// <summary>The last complaint the generator wrote: a test may register more after it.</summary>
    public long LastGeneratedId { get; private set; }

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        await TestStaff.SeedAsync(Db);
        App = new ComplaintDeskApp(Db.ConnectionString, _clock);
        await using var scope = App.Services.CreateAsyncScope();
        // Ten weeks, so that this small set still has complaints open in every status.
        await scope.ServiceProvider.GetRequiredService<VolumeGenerator>().GenerateAsync(new VolumeRequest(Count, Seed: 42, BatchSize: 700, Days: 70));
        LastGeneratedId = await Db.ScalarAsync("SELECT max(id) FROM complaints");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
