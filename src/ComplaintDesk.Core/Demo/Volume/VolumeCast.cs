using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Demo.Volume;

/// <summary>The people and reference data generated complaints are about, and who works them.</summary>
internal sealed record VolumeCast(
    IReadOnlyList<Actor> Counters,
    IReadOnlyList<Actor> Supervisors,
    IReadOnlyDictionary<long, IReadOnlyList<Actor>> HandlersByDepartment,
    IReadOnlyList<(VolumeCategory Category, long Id, long DepartmentId)> Categories)
{
    private const int HandlersPerDepartment = 6;
    private const int CounterStaff = 12;

    /// <summary>
    /// Creates the catalog's departments, categories and staff that are missing (matched by code and user name), so a
    /// second run adds complaints without adding people. Generated staff have no password: nobody signs in as them.
    /// </summary>
    public static async Task<VolumeCast> EnsureAsync(ComplaintDbContext db, CancellationToken ct)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, ct);
        foreach (var (code, name) in VolumeCatalog.Departments.Where(d => !departments.ContainsKey(d.Code)))
            db.Departments.Add(departments[code] = new Department(code, name));
        var categories = await db.Categories.ToDictionaryAsync(c => c.Code, ct);
        foreach (var c in VolumeCatalog.Categories.Where(c => !categories.ContainsKey(c.Code)))
            db.Categories.Add(categories[c.Code] = new Category(c.Code, c.Name, c.NameEn));
        await db.SaveChangesAsync(ct);

        var userNames = (await db.Staff.Select(s => s.UserName).ToListAsync(ct)).ToHashSet();
        var names = new NameSampler(new Random(7));
        foreach (var person in PlannedStaff(departments.Values.Where(d => VolumeCatalog.Departments.Any(x => x.Code == d.Code)).ToList()))
            if (!userNames.Contains(person.UserName))
                db.Staff.Add(new StaffMember(person.UserName, names.Next(), person.StaffNumber, [person.Role], person.DepartmentId));
        await db.SaveChangesAsync(ct);

        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).ToListAsync(ct);
        return new VolumeCast(
            [.. staff.Where(s => s.Roles.Contains(Roles.Counter)).Select(s => s.ToActor())],
            [.. staff.Where(s => s.Roles.Contains(Roles.Supervisor)).Select(s => s.ToActor())],
            staff.Where(s => s.Roles.Contains(Roles.Handler) && s.DepartmentId is not null)
                .GroupBy(s => s.DepartmentId!.Value)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Actor>)[.. g.Select(s => s.ToActor())]),
            [.. VolumeCatalog.Categories.Select(c => (c, categories[c.Code].Id, departments[c.DepartmentCode].Id))]);
    }

    private static IEnumerable<PlannedStaffMember> PlannedStaff(IReadOnlyList<Department> departments)
    {
        for (var n = 1; n <= CounterStaff; n++)
            yield return new($"gen.counter{n:00}", $"GC{n:000}", Roles.Counter, departments[n % departments.Count].Id);
        foreach (var d in departments.OrderBy(d => d.Code))
        {
            var code = d.Code.ToLowerInvariant();
            yield return new($"gen.{code}.supervisor", $"GS{d.Id:000}", Roles.Supervisor, d.Id);
            for (var n = 1; n <= HandlersPerDepartment; n++)
                yield return new($"gen.{code}.handler{n}", $"GH{d.Id:000}{n:00}", Roles.Handler, d.Id);
        }
    }

    private sealed record PlannedStaffMember(string UserName, string StaffNumber, string Role, long DepartmentId);
}
