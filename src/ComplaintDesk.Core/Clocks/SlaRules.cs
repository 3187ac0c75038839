namespace ComplaintDesk.Clocks;

/// <summary>
/// The deadline arithmetic in force: a regulatory profile, the calendar, the SLA policies and the at-risk threshold.
/// Pure: the aggregate asks it for due dates, so tests build one from plain values and a fixed clock.
/// </summary>
public sealed class SlaRules
{
    private readonly IReadOnlyList<SlaPolicy> _policies;

    public SlaRules(RegulatoryProfile profile, WorkingCalendar calendar, IEnumerable<SlaPolicy> policies, double atRiskFraction = 0.8)
    {
        if (atRiskFraction is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(atRiskFraction));
        Profile = profile;
        Calendar = calendar;
        AtRiskFraction = atRiskFraction;
        _policies = [.. policies.Where(p => p.IsActive)];
    }

    public RegulatoryProfile Profile { get; }
    public WorkingCalendar Calendar { get; }
    public double AtRiskFraction { get; }

    /// <summary>
    /// The same calendar and policies under the profile a complaint was registered with: a complaint keeps the
    /// regulator's rules it started under when an Admin later selects another profile.
    /// </summary>
    public SlaRules ForProfile(string code) =>
        code == Profile.Code || RegulatoryProfile.Find(code) is not { } profile ? this : new SlaRules(profile, Calendar, _policies, AtRiskFraction);

    /// <summary>The most specific active policy for a category and priority, or null when the profile's defaults apply.</summary>
    public SlaPolicy? PolicyFor(long categoryId, Priority priority) =>
        _policies.Where(p => p.AppliesTo(categoryId, priority)).OrderByDescending(p => p.Specificity).ThenBy(p => p.Id).FirstOrDefault();

    /// <summary>The three targets for a complaint received at <paramref name="receivedAt"/>.</summary>
    public IReadOnlyList<PlannedDeadline> Plan(DateTimeOffset receivedAt, long categoryId, Priority priority)
    {
        var policy = PolicyFor(categoryId, priority);
        return [.. new[] { SlaTarget.Acknowledgement, SlaTarget.FirstContact, SlaTarget.Resolution }.Select(target =>
        {
            var regulatory = new PlannedDeadline(target, Profile.Default(target), DueAt(receivedAt, Profile.Default(target)), null, null);
            if (policy?.For(target) is not { } span) return regulatory;
            var planned = new PlannedDeadline(target, span, DueAt(receivedAt, span), policy.Id, policy.Version);
            // A policy may promise better than the regulator, never worse: the decision is due by the earlier of the two.
            return target == SlaTarget.Resolution && planned.DueAt > regulatory.DueAt ? regulatory : planned;
        })];
    }

    /// <summary>The review of an appeal, counted from the appeal.</summary>
    public PlannedDeadline PlanReview(DateTimeOffset appealedAt) =>
        new(SlaTarget.Review, Profile.Review, DueAt(appealedAt, Profile.Review), null, null);

    /// <summary>The next rung of the extension ladder after <paramref name="approvedSoFar"/> approved extensions, if any.</summary>
    public ExtensionStep? NextExtension(int approvedSoFar) =>
        approvedSoFar < Profile.Extensions.Count ? Profile.Extensions[approvedSoFar] : null;

    /// <summary>Due instants are stored, so they come back in UTC at the database's precision.</summary>
    public DateTimeOffset DueAt(DateTimeOffset start, SlaSpan span) => Clock.Normalize(span.Unit switch
    {
        // Regulators count calendar days from the day after receipt; the deadline is the end of the last day.
        SlaUnit.CalendarDays => Calendar.EndOfCalendarDay(Calendar.LocalDate(start).AddDays(span.Amount)),
        SlaUnit.BusinessDays => Calendar.AddBusinessDays(start, span.Amount),
        SlaUnit.BusinessHours => Calendar.AddBusinessTime(start, TimeSpan.FromHours(span.Amount)),
        _ => throw new ArgumentOutOfRangeException(nameof(span)),
    });

    /// <summary>
    /// Moves a deadline later by the paused time that began before it: wall-clock time for calendar-day targets,
    /// working time for business targets (a pause over a weekend costs a business clock nothing).
    /// </summary>
    public DateTimeOffset Shift(DateTimeOffset due, SlaUnit unit, IEnumerable<PausedInterval> pauses)
    {
        foreach (var pause in pauses.OrderBy(p => p.From))
        {
            if (pause.From >= due || pause.To <= pause.From) continue;
            due = unit == SlaUnit.CalendarDays
                ? due + (pause.To - pause.From)
                : Calendar.AddBusinessTime(due, Calendar.BusinessTimeBetween(pause.From, pause.To));
        }
        return Clock.Normalize(due);
    }

    /// <summary>When the share <see cref="AtRiskFraction"/> of the allowed time has been used.</summary>
    public DateTimeOffset AtRiskFrom(DateTimeOffset start, DateTimeOffset due, SlaUnit unit)
    {
        if (due <= start) return Clock.Normalize(due);
        if (unit == SlaUnit.CalendarDays) return Clock.Normalize(start + (due - start) * AtRiskFraction);
        var allowed = Calendar.BusinessTimeBetween(start, due);
        return Clock.Normalize(allowed <= TimeSpan.Zero ? due : Calendar.AddBusinessTime(start, allowed * AtRiskFraction));
    }

    /// <summary>Time left until <paramref name="due"/> in the target's own terms (working time for business targets); negative when late.</summary>
    public TimeSpan Remaining(DateTimeOffset now, DateTimeOffset due, SlaUnit unit)
    {
        if (unit == SlaUnit.CalendarDays) return due - now;
        return now <= due ? Calendar.BusinessTimeBetween(now, due) : -Calendar.BusinessTimeBetween(due, now);
    }
}
