namespace ComplaintDesk.Notifications;

/// <summary>What one dispatcher pass did.</summary>
public sealed record DispatchPass(int Claimed, int Sent, int Failed, int Parked, int LeaseLost)
{
    public static readonly DispatchPass None = new(0, 0, 0, 0, 0);

    public DispatchPass Add(DispatchPass other) => new(Claimed + other.Claimed, Sent + other.Sent, Failed + other.Failed,
        Parked + other.Parked, LeaseLost + other.LeaseLost);
}
