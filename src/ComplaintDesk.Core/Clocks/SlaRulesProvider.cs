using Microsoft.Extensions.Options;

namespace ComplaintDesk.Clocks;

/// <summary>
/// Loads the rules in force (profile, calendar, active policies) and keeps them for a short while, so registering a
/// complaint does not read four tables each time. Singleton; safe to call concurrently.
/// </summary>
public sealed class SlaRulesProvider(IOptions<SlaOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (SlaRules Rules, DateTimeOffset LoadedAt)? _cached;

    public async Task<SlaRules> GetAsync(ComplaintDbContext db, CancellationToken ct)
    {
        if (Fresh() is { } rules) return rules;
        await _loading.WaitAsync(ct);
        try
        {
            if (Fresh() is { } again) return again;
            var loaded = await LoadAsync(db, options.Value.AtRiskFraction, ct);
            _cached = (loaded, clock.GetUtcNow());
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Called after an Admin changes calendars, policies or the profile.</summary>
    public void Invalidate() => _cached = null;

    public static async Task<SlaRules> LoadAsync(ComplaintDbContext db, double atRiskFraction, CancellationToken ct)
    {
        var settings = await db.SlaSettings.AsNoTracking().SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The sla_settings row is missing; migration 0003 creates it.");
        var calendar = await db.Calendars.AsNoTracking().Include(c => c.Days).SingleAsync(c => c.Id == settings.CalendarId, ct);
        var policies = await db.SlaPolicies.AsNoTracking().Where(p => p.IsActive).ToListAsync(ct);
        var profile = RegulatoryProfile.Find(settings.ProfileCode)
            ?? throw new InvalidOperationException($"Unknown regulatory profile '{settings.ProfileCode}' in sla_settings.");
        return new SlaRules(profile, calendar.ToWorkingCalendar(), policies, atRiskFraction);
    }

    private SlaRules? Fresh() =>
        _cached is { } c && clock.GetUtcNow() - c.LoadedAt < options.Value.CacheFor ? c.Rules : null;
}
