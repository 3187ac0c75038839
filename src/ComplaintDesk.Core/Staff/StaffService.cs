using ComplaintDesk.Common;
using ComplaintDesk.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ComplaintDesk.Staff;

public sealed class StaffService(ComplaintDbContext db, IPasswordHasher<StaffMember> hasher)
{
    public async Task<List<StaffView>> ListAsync(CancellationToken ct) =>
        (await db.Staff.AsNoTracking().OrderBy(s => s.StaffNumber).ToListAsync(ct)).Select(StaffView.From).ToList();

    /// <summary>The staff member for a user name and password, or null; inactive staff cannot sign in.</summary>
    public async Task<StaffMember?> AuthenticateAsync(string userName, string password, CancellationToken ct)
    {
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.UserName == userName, ct);
        if (staff is not { IsActive: true } || staff.PasswordHash.Length == 0) return null;
        var result = hasher.VerifyHashedPassword(staff, staff.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            staff.SetPasswordHash(hasher.HashPassword(staff, password));
            await db.SaveChangesAsync(ct);
        }
        return staff;
    }

    public async Task<StaffView> CreateAsync(StaffRequest r, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(r.Password)) throw new RuleViolationException("password", "A new staff member needs a password.");
        await EnsureDepartmentAsync(r.DepartmentId, ct);
        var staff = new StaffMember(r.UserName!, r.DisplayName!, r.StaffNumber!, r.Roles!, r.DepartmentId);
        if (r.IsActive == false) staff.Update(r.DisplayName!, r.StaffNumber!, r.Roles!, r.DepartmentId, false);
        staff.SetPasswordHash(hasher.HashPassword(staff, r.Password));
        db.Staff.Add(staff);
        await SaveAsync(r, ct);
        return StaffView.From(staff);
    }

    public async Task<StaffView> UpdateAsync(long id, StaffRequest r, CancellationToken ct)
    {
        var staff = await db.Staff.FindAsync([id], ct) ?? throw new NotFoundException("Staff member", id);
        if (staff.UserName != r.UserName) throw new RuleViolationException("userName", "A user name cannot be changed.");
        await EnsureDepartmentAsync(r.DepartmentId, ct);
        staff.Update(r.DisplayName!, r.StaffNumber!, r.Roles!, r.DepartmentId, r.IsActive ?? staff.IsActive);
        if (!string.IsNullOrEmpty(r.Password)) staff.SetPasswordHash(hasher.HashPassword(staff, r.Password));
        await SaveAsync(r, ct);
        return StaffView.From(staff);
    }

    private async Task EnsureDepartmentAsync(long? departmentId, CancellationToken ct)
    {
        if (departmentId is { } id && !await db.Departments.AnyAsync(d => d.Id == id, ct))
            throw new RuleViolationException("departmentId", $"Department {id} does not exist.");
    }

    private async Task SaveAsync(StaffRequest r, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
        {
            db.ChangeTracker.Clear();
            var field = pg.ConstraintName?.Contains("staff_number") == true ? "staffNumber" : "userName";
            throw new DuplicateException(field, $"Another staff member already has this {(field == "staffNumber" ? "staff number" : "user name")}.");
        }
    }
}
