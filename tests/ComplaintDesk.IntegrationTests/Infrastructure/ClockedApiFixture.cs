namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// Like <see cref="ApiFixture"/>, but the app runs on a <see cref="TestClock"/> that starts on Monday 9 March 2026,
/// 10:00 in Shanghai: an ordinary working week in the shipped Chinese calendar.
/// </summary>
public sealed class ClockedApiFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Start);
    public TestDatabase Database { get; private set; } = null!;
    public TestStaff Staff { get; private set; } = null!;
    public ComplaintDeskApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Staff = await TestStaff.SeedAsync(Database);
        App = new ComplaintDeskApp(Database.ConnectionString, Clock);
    }

    public Task<HttpClient> ClientAsync(string userName) => App.ClientForAsync(userName);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
