namespace ComplaintDesk.Common;

/// <summary>Who did something: every action and customer message carries the staff member's name and staff number.</summary>
public sealed record Actor(long StaffId, string Name, string StaffNumber, IReadOnlyCollection<string> Roles)
{
    /// <summary>The customer acting through the public pages (a signed link); never a staff member.</summary>
    public static readonly Actor Customer = new(0, "Customer", "CUSTOMER", []);

    public bool IsInRole(string role) => Roles.Contains(role);
}
