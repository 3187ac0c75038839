namespace ComplaintDesk.Clocks;

/// <summary>
/// A stored, Admin-editable working calendar: time zone, working hours, the usual working weekdays and the dates that
/// differ from them (holidays and make-up working days). <see cref="ToWorkingCalendar"/> gives the arithmetic.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly List<BusinessCalendarDay> _days = [];

    private BusinessCalendar() { }

    public BusinessCalendar(string code, string name, string timeZone, TimeOnly dayStart, TimeOnly dayEnd, IEnumerable<DayOfWeek> weekdays,
        DateTimeOffset? now = null)
    {
        Code = code;
        Update(name, timeZone, dayStart, dayEnd, weekdays, now ?? DateTimeOffset.UnixEpoch);
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string TimeZone { get; private set; } = "";
    public TimeOnly DayStart { get; private set; }
    public TimeOnly DayEnd { get; private set; }
    /// <summary>ISO weekday numbers, Monday = 1 … Sunday = 7.</summary>
    public int[] WorkingWeekdays { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<BusinessCalendarDay> Days => _days;

    public void Update(string name, string timeZone, TimeOnly dayStart, TimeOnly dayEnd, IEnumerable<DayOfWeek> weekdays, DateTimeOffset now)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            throw new RuleViolationException("timeZone", $"'{timeZone}' is not a known IANA time zone.");
        if (dayEnd <= dayStart)
            throw new RuleViolationException("dayEnd", "The working day must end after it starts.");
        var days = weekdays.Distinct().Select(IsoNumber).Order().ToArray();
        if (days.Length == 0)
            throw new RuleViolationException("workingWeekdays", "A calendar needs at least one working weekday.");
        Name = name;
        TimeZone = timeZone;
        DayStart = dayStart;
        DayEnd = dayEnd;
        WorkingWeekdays = days;
        UpdatedAt = Clock.Normalize(now);
    }

    /// <summary>Adds or replaces the entry for one date.</summary>
    public void SetDay(DateOnly date, DayKind kind, string name, DateTimeOffset now)
    {
        _days.RemoveAll(d => d.Date == date);
        _days.Add(new BusinessCalendarDay(date, kind, name));
        UpdatedAt = Clock.Normalize(now);
    }

    public bool RemoveDay(DateOnly date, DateTimeOffset now)
    {
        var removed = _days.RemoveAll(d => d.Date == date) > 0;
        if (removed) UpdatedAt = Clock.Normalize(now);
        return removed;
    }

    public WorkingCalendar ToWorkingCalendar() => new(
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone), DayStart, DayEnd,
        WorkingWeekdays.Select(FromIsoNumber), _days.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)));

    public static int IsoNumber(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
    public static DayOfWeek FromIsoNumber(int n) => n == 7 ? DayOfWeek.Sunday : (DayOfWeek)n;
}

/// <summary>A date on which a stored calendar departs from its working week.</summary>
public sealed class BusinessCalendarDay
{
    private BusinessCalendarDay() { }

    internal BusinessCalendarDay(DateOnly date, DayKind kind, string name)
    {
        Date = date;
        Kind = kind;
        Name = name;
    }

    public long CalendarId { get; private set; }
    public DateOnly Date { get; private set; }
    public DayKind Kind { get; private set; }
    public string Name { get; private set; } = "";
}
