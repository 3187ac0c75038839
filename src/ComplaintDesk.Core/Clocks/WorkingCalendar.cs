namespace ComplaintDesk.Clocks;

/// <summary>
/// Working-time arithmetic over a calendar: a time zone, daily working hours, the usual working weekdays, and the
/// dates that differ from them (public holidays and make-up working days). All answers are instants; the calendar
/// reasons in local wall-clock time, so daylight-saving changes do not stretch or shrink a working day.
/// </summary>
public sealed class WorkingCalendar
{
    // Long enough for any real calendar; a calendar with no working days at all fails fast instead of looping.
    private const int SearchLimitDays = 3660;

    private readonly HashSet<DayOfWeek> _weekdays;
    private readonly Dictionary<DateOnly, DayKind> _exceptions;

    public WorkingCalendar(TimeZoneInfo zone, TimeOnly dayStart, TimeOnly dayEnd, IEnumerable<DayOfWeek> workingWeekdays,
        IEnumerable<CalendarDay> exceptions)
    {
        if (dayEnd <= dayStart) throw new ArgumentException("The working day must end after it starts.", nameof(dayEnd));
        Zone = zone;
        DayStart = dayStart;
        DayEnd = dayEnd;
        _weekdays = [.. workingWeekdays];
        _exceptions = exceptions.ToDictionary(d => d.Date, d => d.Kind);
    }

    public TimeZoneInfo Zone { get; }
    public TimeOnly DayStart { get; }
    public TimeOnly DayEnd { get; }

    public bool IsWorkingDay(DateOnly day) =>
        _exceptions.TryGetValue(day, out var kind) ? kind == DayKind.WorkingDay : _weekdays.Contains(day.DayOfWeek);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public DateTimeOffset StartOf(DateOnly day) => ToInstant(day.ToDateTime(DayStart));

    public DateTimeOffset EndOf(DateOnly day) => ToInstant(day.ToDateTime(DayEnd));

    /// <summary>The last second of a calendar date in the calendar's zone, whether or not it is a working day.</summary>
    public DateTimeOffset EndOfCalendarDay(DateOnly day) => ToInstant(day.ToDateTime(new TimeOnly(23, 59, 59)));

    /// <summary>
    /// The end of the <paramref name="days"/>-th working day after the day of <paramref name="from"/> (the day of receipt
    /// does not count, as regulators count days). Zero means the end of the first working day on or after it.
    /// </summary>
    public DateTimeOffset AddBusinessDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = LocalDate(from);
        if (days == 0) return EndOf(NextWorkingDay(day, includeToday: true));
        for (var counted = 0; counted < days; counted++) day = NextWorkingDay(day, includeToday: false);
        return EndOf(day);
    }

    /// <summary>The instant when <paramref name="amount"/> of working time has passed since <paramref name="from"/>.</summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset from, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero) return from;
        var remaining = amount;
        var day = LocalDate(from);
        for (var i = 0; i < SearchLimitDays * 10; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var start = Max(StartOf(day), from);
            var end = EndOf(day);
            if (start >= end) continue;
            var available = end - start;
            if (remaining <= available) return start + remaining;
            remaining -= available;
        }
        throw new InvalidOperationException("The calendar has too few working days to add this much working time.");
    }

    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        var total = TimeSpan.Zero;
        for (var day = LocalDate(from); day <= LocalDate(to); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var start = Max(StartOf(day), from);
            var end = Min(EndOf(day), to);
            if (end > start) total += end - start;
        }
        return total;
    }

    private DateOnly NextWorkingDay(DateOnly day, bool includeToday)
    {
        var candidate = includeToday ? day : day.AddDays(1);
        for (var i = 0; i < SearchLimitDays; i++, candidate = candidate.AddDays(1))
            if (IsWorkingDay(candidate)) return candidate;
        throw new InvalidOperationException("The calendar has no working day within ten years.");
    }

    /// <summary>Local wall-clock time to an instant; a time skipped by a daylight-saving jump moves to just after it.</summary>
    private DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
