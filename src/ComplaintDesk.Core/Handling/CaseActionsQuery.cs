using ComplaintDesk.Staff;

namespace ComplaintDesk.Handling;

/// <summary>One step of the catalogue as it stands for one person now: allowed, or refused with the error the step would give.</summary>
public sealed record CaseActionState(CaseStep Step, DomainException? Refusal)
{
    public bool Allowed => Refusal is null;
}

/// <summary>What the viewer may do to a complaint now, from the aggregate's own answer; the case page and the API read it.</summary>
public sealed class CaseActionsQuery(ComplaintDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CaseActionState>> ForAsync(Complaint complaint, Actor viewer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Taking needs the viewer's department as stored now, read only when the complaint waits in a department queue.
        var department = viewer.IsInRole(Roles.Handler) && complaint is { IsOpen: true, AssigneeId: null, DepartmentId: not null }
            ? await db.Staff.AsNoTracking().Where(s => s.Id == viewer.StaffId && s.IsActive).Select(s => s.DepartmentId).FirstOrDefaultAsync(ct)
            : null;
        return [.. CaseSteps.All.Where(s => s.Policy is not null)
            .Select(s => new CaseActionState(s, complaint.Refusal(s.Action, viewer, now, department)))];
    }
}
