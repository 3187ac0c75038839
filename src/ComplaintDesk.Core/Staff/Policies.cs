namespace ComplaintDesk.Staff;

/// <summary>
/// Who may do what: each policy is a set of roles. The API routes, the pages' folders, the menu and the case actions
/// (<see cref="Handling.CaseSteps"/>) all name one of these, so a role's reach is written down here only.
/// </summary>
public static class Policies
{
    public const string AnyStaff = nameof(AnyStaff);
    public const string Intake = nameof(Intake);
    public const string Assign = nameof(Assign);
    public const string Handle = nameof(Handle);
    public const string RecordCustomerReply = nameof(RecordCustomerReply);
    public const string DecideEscalation = nameof(DecideEscalation);
    public const string DecideExtension = nameof(DecideExtension);
    public const string Administer = nameof(Administer);
    public const string ViewReports = nameof(ViewReports);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [AnyStaff] = [.. Roles.All],
        [Intake] = [Roles.Counter, Roles.Handler, Roles.Supervisor],
        [Assign] = [Roles.Supervisor],
        [Handle] = [Roles.Handler, Roles.Supervisor],
        [RecordCustomerReply] = [Roles.Counter, Roles.Handler, Roles.Supervisor],
        [DecideEscalation] = [Roles.Supervisor],
        // The second extension of the Chinese ladder needs a Manager; the aggregate checks which one this is.
        [DecideExtension] = [Roles.Supervisor, Roles.Manager],
        [Administer] = [Roles.Admin],
        [ViewReports] = [Roles.Manager, Roles.Supervisor],
    };

    public static bool Allows(string policy, Func<string, bool> isInRole) => RolesByPolicy[policy].Any(isInRole);
}
