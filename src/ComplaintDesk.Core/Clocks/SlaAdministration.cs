using Npgsql;

namespace ComplaintDesk.Clocks;

public sealed record SlaSettingsView(string ProfileCode, string ProfileName, string CalendarCode, DateTimeOffset UpdatedAt, string? UpdatedBy,
    IReadOnlyList<RegulatoryProfile> Profiles);

/// <summary>
/// Admin's side of deadlines: the calendars, the SLA policies and the profile in force. Changes apply to complaints
/// registered (or re-categorised) afterwards; deadlines already set keep the version they were computed with.
/// </summary>
public sealed class SlaAdministration(ComplaintDbContext db, SlaRulesProvider rules, TimeProvider clock)
{
    public async Task<IReadOnlyList<BusinessCalendar>> CalendarsAsync(CancellationToken ct) =>
        await db.Calendars.AsNoTracking().Include(c => c.Days).OrderBy(c => c.Code).ToListAsync(ct);

    public async Task<BusinessCalendar> CalendarAsync(string code, CancellationToken ct) =>
        await db.Calendars.AsNoTracking().Include(c => c.Days).FirstOrDefaultAsync(c => c.Code == code, ct)
        ?? throw new NotFoundException("Calendar", code);

    public async Task<BusinessCalendar> CreateCalendarAsync(string code, CalendarRequest r, CancellationToken ct)
    {
        if (await db.Calendars.AnyAsync(c => c.Code == code, ct))
            throw new DuplicateException("code", $"A calendar with code {code} already exists.");
        var calendar = new BusinessCalendar(code, r.Name!, r.TimeZone!, r.DayStart!.Value, r.DayEnd!.Value,
            r.WorkingWeekdays!.Select(BusinessCalendar.FromIsoNumber), clock.GetUtcNow());
        db.Calendars.Add(calendar);
        await SaveAsync(ct);
        return calendar;
    }

    public Task<BusinessCalendar> UpdateCalendarAsync(string code, CalendarRequest r, uint? expectedVersion, CancellationToken ct) =>
        ChangeCalendarAsync(code, expectedVersion, c => c.Update(r.Name!, r.TimeZone!, r.DayStart!.Value, r.DayEnd!.Value,
            r.WorkingWeekdays!.Select(BusinessCalendar.FromIsoNumber), clock.GetUtcNow()), ct);

    public Task<BusinessCalendar> SetDayAsync(string code, CalendarDayRequest r, CancellationToken ct) =>
        ChangeCalendarAsync(code, null, c => c.SetDay(r.Date!.Value, r.Kind!.Value, r.Name!, clock.GetUtcNow()), ct);

    public Task<BusinessCalendar> RemoveDayAsync(string code, DateOnly date, CancellationToken ct) =>
        ChangeCalendarAsync(code, null, c =>
        {
            if (!c.RemoveDay(date, clock.GetUtcNow())) throw new NotFoundException("Calendar day", $"{code} {date:yyyy-MM-dd}");
        }, ct);

    public async Task<IReadOnlyList<SlaPolicy>> PoliciesAsync(CancellationToken ct) =>
        await db.SlaPolicies.AsNoTracking().OrderBy(p => p.CategoryId).ThenBy(p => p.Priority).ToListAsync(ct);

    public async Task<SlaPolicy> PolicyAsync(long id, CancellationToken ct) =>
        await db.SlaPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("SLA policy", id);

    public async Task<SlaPolicy> CreatePolicyAsync(SlaPolicyRequest r, CancellationToken ct)
    {
        await EnsureCategoryAsync(r.CategoryId, ct);
        var policy = new SlaPolicy(r.Name!, r.CategoryId, r.Priority, r.Acknowledgement!.ToSpan(), r.FirstContact!.ToSpan(),
            r.Resolution!.ToSpan(), clock.GetUtcNow());
        if (r.IsActive == false) policy.Update(policy.Name, policy.Acknowledgement, policy.FirstContact, policy.Resolution, false, clock.GetUtcNow());
        db.SlaPolicies.Add(policy);
        await SaveAsync(ct);
        return policy;
    }

    /// <summary>Category and priority are the policy's identity and stay; create another policy for another pair.</summary>
    public async Task<SlaPolicy> UpdatePolicyAsync(long id, SlaPolicyRequest r, uint? expectedVersion, CancellationToken ct)
    {
        var policy = await db.SlaPolicies.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("SLA policy", id);
        if (expectedVersion is { } v && v != policy.RowVersion)
            throw new ConcurrencyConflictException($"SLA policy {policy.Name} was changed by someone else; reload it and try again.", null);
        // Saying nothing would let a client believe it moved the policy to another category or priority.
        if (r.CategoryId != policy.CategoryId || r.Priority != policy.Priority)
            throw new RuleViolationException(r.CategoryId != policy.CategoryId ? "categoryId" : "priority",
                "A policy's category and priority cannot change; create a policy for the other pair instead.");
        policy.Update(r.Name!, r.Acknowledgement!.ToSpan(), r.FirstContact!.ToSpan(), r.Resolution!.ToSpan(), r.IsActive ?? true, clock.GetUtcNow());
        await SaveAsync(ct);
        return policy;
    }

    public async Task<SlaSettingsView> SettingsAsync(CancellationToken ct)
    {
        var s = await db.SlaSettings.AsNoTracking().SingleAsync(ct);
        var calendar = await db.Calendars.AsNoTracking().Where(c => c.Id == s.CalendarId).Select(c => c.Code).SingleAsync(ct);
        return new SlaSettingsView(s.ProfileCode, RegulatoryProfile.Find(s.ProfileCode)!.Name, calendar, s.UpdatedAt, s.UpdatedBy, RegulatoryProfile.All);
    }

    public async Task<SlaSettingsView> SelectAsync(SlaSettingsRequest r, Actor by, CancellationToken ct)
    {
        var calendar = await db.Calendars.AsNoTracking().FirstOrDefaultAsync(c => c.Code == r.CalendarCode, ct)
            ?? throw new RuleViolationException("calendarCode", $"There is no calendar with code {r.CalendarCode}.");
        var settings = await db.SlaSettings.SingleAsync(ct);
        settings.Select(r.ProfileCode!, calendar.Id, by, clock.GetUtcNow());
        await SaveAsync(ct);
        return await SettingsAsync(ct);
    }

    private async Task<BusinessCalendar> ChangeCalendarAsync(string code, uint? expectedVersion, Action<BusinessCalendar> change, CancellationToken ct)
    {
        var calendar = await db.Calendars.Include(c => c.Days).FirstOrDefaultAsync(c => c.Code == code, ct)
            ?? throw new NotFoundException("Calendar", code);
        if (expectedVersion is { } v && v != calendar.Version)
            throw new ConcurrencyConflictException($"Calendar {code} was changed by someone else; reload it and try again.", null);
        change(calendar);
        // Touch the calendar row so concurrent edits of its days conflict instead of interleaving.
        db.Entry(calendar).Property(c => c.UpdatedAt).IsModified = true;
        await SaveAsync(ct);
        return calendar;
    }

    private async Task EnsureCategoryAsync(long? categoryId, CancellationToken ct)
    {
        if (categoryId is { } id && !await db.Categories.AnyAsync(c => c.Id == id, ct))
            throw new RuleViolationException("categoryId", $"Category {id} does not exist.");
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed these settings at the same time; reload and try again.", null);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new DuplicateException("categoryId", "A policy for this category and priority already exists; edit that one.");
        }
        rules.Invalidate();
    }
}
