namespace ComplaintDesk.Clocks;

public enum DeadlineOutcome
{
    Met,
    Missed,
    /// <summary>The complaint was withdrawn before the target was reached; counted neither way.</summary>
    Cancelled,
}
