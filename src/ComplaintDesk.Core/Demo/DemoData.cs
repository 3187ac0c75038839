using ComplaintDesk.Clocks;
using ComplaintDesk.Numbering;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace ComplaintDesk.Demo;

/// <summary>
/// Development-only sample data: the demo sign-ins, a few departments and categories, and complaints in every status
/// built through the real transitions so their timelines are genuine. Runs once; later starts find it and skip.
/// </summary>
public sealed class DemoData(ComplaintDbContext db, IPasswordHasher<StaffMember> hasher, ComplaintNumberIssuer numbers,
    SlaRulesProvider sla, TimeProvider clock, ILogger<DemoData> logger)
{
    public const string Password = "ComplaintDesk!1";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Staff.AnyAsync(s => s.UserName == "admin", ct)) return;

        var departments = DemoCatalog.Departments.Select(d => new Department(d.Code, d.Name)).ToList();
        db.Departments.AddRange(departments);
        db.Categories.AddRange(DemoCatalog.Categories.Select(c => new Category(c.Code, c.Name, c.NameEn)));
        await db.SaveChangesAsync(ct);

        var card = departments[0].Id;
        var staff = DemoCatalog.Users.Select(u => new StaffMember(u.UserName, u.Name, u.StaffNumber, u.Roles,
            u.Roles.Contains(Roles.Admin) ? null : card)).ToList();
        foreach (var s in staff) s.SetPasswordHash(hasher.HashPassword(s, Password));
        db.Staff.AddRange(staff);
        await db.SaveChangesAsync(ct);

        var categoryIds = await db.Categories.Where(c => c.Code != Category.UnclassifiedCode).Select(c => c.Id).ToListAsync(ct);
        var rules = await sla.GetAsync(db, ct);
        var story = new DemoStories(staff.ToDictionary(s => s.UserName), departments.Select(d => d.Id).ToList(), categoryIds, rules);
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var (registration, steps, daysAgo) in story.All(now))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var at = now.AddDays(-daysAgo);
            var received = at.AddHours(-1);
            var complaint = Complaint.Register(await numbers.NextAsync(db, at, ct), registration with { ReceivedAt = received },
                rules, story.Counter, at);
            steps(complaint, at);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            count++;
        }
        db.ChangeTracker.Clear();
        logger.LogInformation("Loaded demo data: {Staff} staff, {Complaints} complaints", staff.Count, count);
    }
}
