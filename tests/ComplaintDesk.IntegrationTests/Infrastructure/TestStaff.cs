using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>The people and reference data every test database starts with.</summary>
public sealed class TestStaff
{
    public const string Password = "Integration-Test-Pass-7";

    /// <summary>
    /// PBKDF2 rounds of the test hosts' password hasher (the product's default is 100,000). Every app start checks each
    /// account against the demo password and every sign-in verifies one: the same code at a hundredth of the CPU.
    /// </summary>
    public const int HashIterations = 1_000;

    public static void UseCheapPasswordHashing(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = HashIterations);

    /// <summary>One hash of <see cref="Password"/> for every test account (the hasher's format ignores the user).</summary>
    private static readonly Lazy<string> PasswordHash = new(() =>
        new PasswordHasher<StaffMember>(Options.Create(new PasswordHasherOptions { IterationCount = HashIterations }))
            .HashPassword(null!, Password));

    public static readonly (string UserName, string Name, string StaffNumber, string Role)[] Users =
    [
        ("counter", "柜员甲", "C0001", Roles.Counter),
        ("handler", "处理员甲", "H0001", Roles.Handler),
        ("handler2", "处理员乙", "H0002", Roles.Handler),
        ("supervisor", "主管甲", "S0001", Roles.Supervisor),
        ("manager", "经理甲", "M0001", Roles.Manager),
        ("admin", "管理员", "A0001", Roles.Admin),
    ];

    public required IReadOnlyDictionary<string, StaffMember> ByUserName { get; init; }
    public required long DepartmentId { get; init; }
    public required long CategoryId { get; init; }

    public static async Task<TestStaff> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var department = new Department("CARD", "信用卡中心");
        var category = new Category("CARD_DELIVERY", "信用卡寄送", "Card delivery");
        db.Departments.Add(department);
        db.Categories.Add(category);
        await db.SaveChangesAsync();

        var staff = Users.Select(u => new StaffMember(u.UserName, u.Name, u.StaffNumber, [u.Role], department.Id)).ToList();
        foreach (var s in staff) s.SetPasswordHash(PasswordHash.Value);
        db.Staff.AddRange(staff);
        await db.SaveChangesAsync();
        return new TestStaff { ByUserName = staff.ToDictionary(s => s.UserName), DepartmentId = department.Id, CategoryId = category.Id };
    }
}
