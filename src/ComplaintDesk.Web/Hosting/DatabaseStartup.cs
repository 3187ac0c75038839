using ComplaintDesk.Data;
using ComplaintDesk.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Web.Hosting;

internal static class DatabaseStartup
{
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    /// <summary>Migrates (unless disabled), loads demo data in Development, and outside Development refuses to run with demo passwords.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true)) await app.MigrateDatabaseAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (app.Environment.IsDevelopment())
        {
            if (app.Configuration.GetValue("Demo:Seed", false)) await services.GetRequiredService<DemoData>().SeedAsync();
            return;
        }
        await BootstrapAdminAsync(services, app.Configuration);
        await RefuseDefaultPasswordsAsync(services);
    }

    /// <summary>
    /// A new production database has no users: Bootstrap__AdminPassword creates the first Admin (user "admin"), who then
    /// creates everyone else. Ignored once any staff member exists.
    /// </summary>
    private static async Task BootstrapAdminAsync(IServiceProvider services, IConfiguration configuration)
    {
        var password = configuration["Bootstrap:AdminPassword"];
        var db = services.GetRequiredService<ComplaintDbContext>();
        if (string.IsNullOrEmpty(password) || await db.Staff.AnyAsync()) return;
        if (password == DemoData.Password || password.Length < 12)
            throw new InvalidOperationException("Bootstrap:AdminPassword must be at least 12 characters and not the demo password.");

        var admin = new StaffMember("admin", "Administrator", "ADMIN", [Roles.Admin], null);
        admin.SetPasswordHash(services.GetRequiredService<IPasswordHasher<StaffMember>>().HashPassword(admin, password));
        db.Staff.Add(admin);
        await db.SaveChangesAsync();
    }

    private static async Task RefuseDefaultPasswordsAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<ComplaintDbContext>();
        var hasher = services.GetRequiredService<IPasswordHasher<StaffMember>>();
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).ToListAsync();
        var offenders = staff
            .Where(s => s.PasswordHash.Length > 0 && hasher.VerifyHashedPassword(s, s.PasswordHash, DemoData.Password) != PasswordVerificationResult.Failed)
            .Select(s => s.UserName)
            .ToList();
        if (offenders.Count > 0)
            throw new InvalidOperationException(
                $"Refusing to start outside Development: these accounts still use the demo password: {string.Join(", ", offenders)}. Change or deactivate them first.");
    }
}
