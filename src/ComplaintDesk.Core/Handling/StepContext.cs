using ComplaintDesk.Clocks;
using ComplaintDesk.Handling.Steps;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Handling;

/// <summary>What a step may need besides its request: who acts, when, the SLA rules in force, and the reads that check a target.</summary>
public sealed class StepContext(ComplaintDbContext db, Actor by, DateTimeOffset now, SlaRules rules, BankClock bank, CancellationToken ct)
{
    public Actor By { get; } = by;
    public DateTimeOffset Now { get; } = now;
    public SlaRules Rules { get; } = rules;

    /// <summary>A wall-clock time typed by staff, read in the bank's zone.</summary>
    public DateTimeOffset FromBankTime(DateTime local) => bank.FromLocal(local);

    public async Task<(long DepartmentId, Assignee? Handler)> AssignmentTargetAsync(AssignRequest r)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == r.DepartmentId, ct);
        if (department is not { IsActive: true })
            throw new RuleViolationException("departmentId", $"Department {r.DepartmentId} does not exist or is inactive.");
        Assignee? handler = null;
        if (r.HandlerId is { } handlerId)
        {
            var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == handlerId, ct);
            if (staff is not { IsActive: true } || !staff.Roles.Contains(Roles.Handler))
                throw new RuleViolationException("handlerId", $"Staff member {handlerId} is not an active handler.");
            handler = new Assignee(staff.Id, staff.DisplayName, staff.StaffNumber);
        }
        return (department.Id, handler);
    }

    public async Task EnsureTriageCategoryAsync(long categoryId)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == categoryId, ct);
        if (category is not { IsActive: true } || category.Code == Category.UnclassifiedCode)
            throw new RuleViolationException("categoryId", "Choose an active category other than Unclassified.");
    }

    /// <summary>The handler taking a complaint, as stored now: their current department, not the one their sign-in remembers.</summary>
    public async Task<StaffMember> TakerAsync()
    {
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == By.StaffId, ct);
        return staff is { IsActive: true } ? staff : throw new ForbiddenActionException("Only an active handler can take a complaint.");
    }
}
