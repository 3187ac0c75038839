using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplaintDesk.Staff;

public enum SignInStatus { Succeeded, Failed, LockedOut }

public sealed record SignInOutcome(SignInStatus Status, StaffMember? Staff);

public sealed class StaffService(ComplaintDbContext db, IPasswordHasher<StaffMember> hasher, IOptions<SignInLockoutOptions> signIn, TimeProvider clock)
{
    public async Task<List<StaffView>> ListAsync(CancellationToken ct) =>
        (await db.Staff.AsNoTracking().OrderBy(s => s.StaffNumber).ToListAsync(ct)).Select(StaffView.From).ToList();

    public async Task<StaffView> GetAsync(long id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new NotFoundException("Staff member", id);

    public async Task<StaffView?> FindAsync(long id, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.Id == id).FirstOrDefaultAsync(ct) is { } s ? StaffView.From(s) : null;

    public Task<StaffMember?> FindActiveAsync(long id, CancellationToken ct) =>
        db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.IsActive, ct);

    /// <summary>
    /// Checks a user name and password. Inactive staff cannot sign in; repeated failures lock the account for a while,
    /// and a locked account is refused even with the right password so guessing gains nothing.
    /// </summary>
    public async Task<SignInOutcome> AuthenticateAsync(string userName, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.UserName == userName, ct);
        if (staff is not { IsActive: true } || staff.PasswordHash.Length == 0) return new(SignInStatus.Failed, null);
        if (staff.IsLockedOut(now)) return new(SignInStatus.LockedOut, null);

        var result = hasher.VerifyHashedPassword(staff, staff.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            var locked = await RecordFailureAsync(staff.Id, now, ct);
            return new(locked ? SignInStatus.LockedOut : SignInStatus.Failed, null);
        }
        if (staff.FailedSignIns > 0 || staff.LockedUntil is not null)
            await db.Staff.Where(s => s.Id == staff.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, 0).SetProperty(s => s.LockedUntil, (DateTimeOffset?)null), ct);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            staff.SetPasswordHash(hasher.HashPassword(staff, password));
            await db.SaveChangesAsync(ct);
        }
        return new(SignInStatus.Succeeded, staff);
    }

    /// <summary>Counts a failure in one statement, so parallel guesses cannot race past the limit.</summary>
    private async Task<bool> RecordFailureAsync(long staffId, DateTimeOffset now, CancellationToken ct)
    {
        var o = signIn.Value;
        var until = now.AddMinutes(o.LockoutMinutes);
        var rows = await db.Database.SqlQuery<int>($"""
            UPDATE staff SET failed_sign_ins = failed_sign_ins + 1,
                locked_until = CASE WHEN failed_sign_ins + 1 >= {o.MaxFailedAttempts} THEN {until} ELSE locked_until END
            WHERE id = {staffId}
            RETURNING failed_sign_ins AS "Value"
            """).ToListAsync(ct);
        return rows.Count == 1 && rows[0] >= o.MaxFailedAttempts;
    }

    /// <summary>An administrator lifts a lockout before it expires.</summary>
    public async Task UnlockAsync(long id, CancellationToken ct)
    {
        var rows = await db.Staff.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, 0).SetProperty(s => s.LockedUntil, (DateTimeOffset?)null), ct);
        if (rows == 0) throw new NotFoundException("Staff member", id);
    }

    public async Task<StaffView> CreateAsync(StaffRequest r, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(r.Password)) throw new RuleViolationException("password", "A new staff member needs a password.");
        RefusePublishedPassword(r.Password);
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
        if (!string.IsNullOrEmpty(r.Password))
        {
            RefusePublishedPassword(r.Password);
            staff.SetPasswordHash(hasher.HashPassword(staff, r.Password));
        }
        await SaveAsync(r, ct);
        return StaffView.From(staff);
    }

    /// <summary>The demo password is in the README; a production start-up refuses to run while any account uses it.</summary>
    private static void RefusePublishedPassword(string password)
    {
        if (password == Demo.DemoData.Password)
            throw new RuleViolationException("password", "This password is published in the documentation; choose another.");
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
