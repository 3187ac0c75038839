using Microsoft.Extensions.Options;

namespace ComplaintDesk.CustomerPortal;

/// <summary>
/// Limits guessing on the public look-up: per complaint number (someone trying phone numbers) and per client address
/// (someone trying complaint numbers). Two instances may both let one attempt through at the limit; that slack is
/// accepted rather than serialising every look-up.
/// </summary>
public sealed class LookupThrottle(ComplaintDbContext db, TimeProvider clock, IOptions<CustomerPortalOptions> options)
{
    public const int ClientAddressLength = 64;

    public async Task EnsureAllowedAsync(string number, string client, CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var since = now - o.Window;
        var recent = db.LookupFailures.AsNoTracking().Where(f => f.FailedAt > since);
        var blockedUntil = Later(
            await LimitReachedAtAsync(recent.Where(f => f.ComplaintNumber == number), o.MaxFailuresPerNumber, ct),
            await LimitReachedAtAsync(recent.Where(f => f.ClientAddress == client), o.MaxFailuresPerClient, ct));
        if (blockedUntil is { } reached)
            throw new TooManyAttemptsException(reached + o.Window - now);
    }

    public async Task RecordFailureAsync(string number, string client, CancellationToken ct)
    {
        var now = Clock.Normalize(clock.GetUtcNow());
        var expired = now - options.Value.Window;
        await db.LookupFailures.Where(f => f.FailedAt <= expired).ExecuteDeleteAsync(ct);
        db.LookupFailures.Add(new LookupFailure(number, client, now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>When the oldest of the last <paramref name="max"/> failures happened, if there were that many.</summary>
    private static Task<DateTimeOffset?> LimitReachedAtAsync(IQueryable<LookupFailure> failures, int max, CancellationToken ct) =>
        failures.OrderByDescending(f => f.FailedAt).Skip(Math.Max(max, 1) - 1).Select(f => (DateTimeOffset?)f.FailedAt).FirstOrDefaultAsync(ct);

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
