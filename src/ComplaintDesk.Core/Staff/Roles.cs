namespace ComplaintDesk.Staff;

public static class Roles
{
    public const string Counter = "Counter";
    public const string Handler = "Handler";
    public const string Supervisor = "Supervisor";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Counter, Handler, Supervisor, Manager, Admin];
}
