namespace ComplaintDesk.Common;

/// <summary>Who did something: every action and customer message carries the staff member's name and staff number.</summary>
public sealed record Actor(long StaffId, string Name, string StaffNumber, IReadOnlyCollection<string> Roles)
{
    public bool IsInRole(string role) => Roles.Contains(role);
}
