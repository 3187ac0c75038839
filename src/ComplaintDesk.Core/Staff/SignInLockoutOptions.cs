namespace ComplaintDesk.Staff;

public sealed class SignInLockoutOptions
{
    public const string Section = "SignIn";

    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
}
