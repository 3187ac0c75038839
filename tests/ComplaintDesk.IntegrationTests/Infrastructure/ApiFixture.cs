namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>One migrated database with test staff and one app instance, shared by the tests of a class.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public TestStaff Staff { get; private set; } = null!;
    public ComplaintDeskApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Staff = await TestStaff.SeedAsync(Database);
        App = new ComplaintDeskApp(Database.ConnectionString);
    }

    public Task<HttpClient> ClientAsync(string userName) => App.ClientForAsync(userName);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
