namespace ComplaintDesk.BrowserTests.Infrastructure;

/// <summary>Per test class: a fresh migrated database with <see cref="TestStaff"/>, and the app serving it on Kestrel.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public TestStaff Staff { get; private set; } = null!;
    public BrowserApp App { get; private set; } = null!;
    public Uri BaseAddress => App.BaseAddress;

    /// <summary>Complaints set up through the running app's API.</summary>
    public ComplaintScenario Given => new(App.ApiClientAsync, Staff);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Staff = await TestStaff.SeedAsync(Database);
        App = new BrowserApp(Database.ConnectionString);
        // StartServer is synchronous (it builds the host and runs the app's startup, migrations included).
        await Task.Run(App.Start);
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
        if (Database is not null) await Database.DisposeAsync();
    }
}
