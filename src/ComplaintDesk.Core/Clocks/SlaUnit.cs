namespace ComplaintDesk.Clocks;

/// <summary>How a target's length is counted.</summary>
public enum SlaUnit
{
    /// <summary>Every day counts; the deadline is the end of the last day in the calendar's time zone.</summary>
    CalendarDays,
    /// <summary>Working days of the calendar (make-up days count, holidays do not); ends at the close of the last one.</summary>
    BusinessDays,
    /// <summary>Working hours of the calendar.</summary>
    BusinessHours,
}
