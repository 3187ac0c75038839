using ComplaintDesk.Demo;
using ComplaintDesk.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplaintDesk.IntegrationTests.Hosting;

public sealed class StartupSafetyTests
{
    private sealed class ProductionApp(string connectionString, string? adminPassword = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Complaints", connectionString);
            if (adminPassword is not null) builder.UseSetting("Bootstrap:AdminPassword", adminPassword);
        }
    }

    [Fact]
    public async Task Production_refuses_to_start_while_an_account_has_the_demo_password()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var staff = new StaffMember("clerk", "柜员", "C7", [Roles.Counter], null);
            staff.SetPasswordHash(new PasswordHasher<StaffMember>().HashPassword(staff, DemoData.Password));
            db.Staff.Add(staff);
            await db.SaveChangesAsync();
        }
        await using var app = new ProductionApp(database.ConnectionString);

        var error = Should.Throw<InvalidOperationException>(() => app.CreateClient());

        error.Message.ShouldContain("clerk");
    }

    [Fact]
    public async Task Production_does_not_load_demo_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new ProductionApp(database.ConnectionString, adminPassword: "A-long-production-secret-1");
        var client = app.CreateClient();

        var demo = await client.PostAsJsonAsync("/api/auth/token", new { userName = "counter1", password = DemoData.Password });

        demo.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await database.ScalarAsync("SELECT count(*) FROM complaints")).ShouldBe(0);
    }

    [Fact]
    public async Task Production_bootstraps_the_first_admin_from_configuration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new ProductionApp(database.ConnectionString, adminPassword: "A-long-production-secret-1");
        var client = app.CreateClient();

        var admin = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "A-long-production-secret-1" });

        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Production_refuses_the_demo_password_as_the_bootstrap_password()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = new ProductionApp(database.ConnectionString, adminPassword: DemoData.Password);

        Should.Throw<InvalidOperationException>(() => app.CreateClient());
        (await database.ScalarAsync("SELECT count(*) FROM staff")).ShouldBe(0);
    }
}
