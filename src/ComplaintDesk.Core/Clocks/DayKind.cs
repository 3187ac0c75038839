namespace ComplaintDesk.Clocks;

public enum DayKind
{
    /// <summary>A public holiday: no work even if it falls on a weekday.</summary>
    Holiday,
    /// <summary>A make-up working day (调休): work even though it falls on a weekend.</summary>
    WorkingDay,
}
