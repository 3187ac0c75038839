namespace ComplaintDesk.Staff;

public sealed record StaffView(long Id, string UserName, string DisplayName, string StaffNumber, string[] Roles, long? DepartmentId,
    bool IsActive, DateTimeOffset? LockedUntil = null)
{
    public static StaffView From(StaffMember s) =>
        new(s.Id, s.UserName, s.DisplayName, s.StaffNumber, s.Roles, s.DepartmentId, s.IsActive, s.LockedUntil);
}
