namespace ComplaintDesk.Staff;

/// <summary>A user of ComplaintDesk; staff are always identified to customers by name and staff number (工号).</summary>
public sealed class StaffMember
{
    private StaffMember() { }

    public StaffMember(string userName, string displayName, string staffNumber, IEnumerable<string> roles, long? departmentId)
    {
        UserName = userName;
        DisplayName = displayName;
        StaffNumber = staffNumber;
        DepartmentId = departmentId;
        SetRoles(roles);
        IsActive = true;
    }

    public long Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string StaffNumber { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public string[] Roles { get; private set; } = [];
    public long? DepartmentId { get; private set; }
    public bool IsActive { get; private set; }
    public uint Version { get; private set; }
    /// <summary>Failed sign-ins since the last success; reaching the limit locks the account for a while.</summary>
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public Actor ToActor() => new(Id, DisplayName, StaffNumber, Roles);

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void Update(string displayName, string staffNumber, IEnumerable<string> roles, long? departmentId, bool isActive)
    {
        DisplayName = displayName;
        StaffNumber = staffNumber;
        DepartmentId = departmentId;
        IsActive = isActive;
        SetRoles(roles);
    }

    private void SetRoles(IEnumerable<string> roles)
    {
        var list = roles.Distinct().ToArray();
        var unknown = list.Except(Staff.Roles.All).ToArray();
        if (unknown.Length > 0) throw new RuleViolationException("roles", $"Unknown role(s): {string.Join(", ", unknown)}.");
        Roles = list;
    }
}
