namespace ComplaintDesk.Data;

/// <summary>Column lengths, shared by the EF model and the input validators so they cannot drift apart.</summary>
public static class Limits
{
    public const int Name = 100;
    public const int StaffNumber = 20;
    public const int Phone = 32;
    public const int Email = 254;
    public const int NationalId = 32;
    public const int Reference = 64;
    public const int Code = 32;
    public const int MediumText = 1000;
    public const int LongText = 4000;
    public const int UserName = 64;
}
