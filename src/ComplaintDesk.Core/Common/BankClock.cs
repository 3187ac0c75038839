namespace ComplaintDesk.Common;

/// <summary>
/// The bank's clock: now, and the bank's calendar day and wall-clock time in its one zone (<c>Organization:TimeZone</c>,
/// ADR 0013). Complaint numbers, the times staff read and type, dates in messages, report days and staff texts all
/// read the zone from here, and "today" means the bank's today everywhere.
/// </summary>
public sealed class BankClock(TimeProvider time, TimeZoneInfo zone)
{
    public const string DefaultZone = "Asia/Shanghai";

    public BankClock(TimeProvider time, string zoneId) : this(time, TimeZoneInfo.FindSystemTimeZoneById(zoneId)) { }

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Now, in UTC.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The bank's calendar date now.</summary>
    public DateOnly Today => LocalDate(Now);

    /// <summary>The instant as the bank's wall clock shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>Midnight at the start of the bank's <paramref name="day"/>, in UTC.</summary>
    public DateTimeOffset StartOf(DateOnly day) => StartOf(day, Zone);

    /// <summary>A wall-clock time in the bank's zone (as staff type it), as an instant.</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
