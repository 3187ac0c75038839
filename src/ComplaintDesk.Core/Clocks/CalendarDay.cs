namespace ComplaintDesk.Clocks;

/// <summary>A date on which a calendar departs from its usual working week.</summary>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string Name);
