using Microsoft.Extensions.Options;

namespace ComplaintDesk.Numbering;

/// <summary>
/// Issues gapless daily numbers from a counter row. The increment runs inside the caller's transaction, so the row
/// stays locked until the registration commits (concurrent registrations queue on it) and a failed registration rolls
/// its number back instead of leaving a hole. Works the same with any number of app instances on one database.
/// </summary>
/// <remarks>
/// Before touching the row, a registration takes a transaction-scoped advisory lock for the prefix, so waiting
/// registrations queue there rather than on the row. PostgreSQL hands a released advisory lock to the next waiter
/// only, while every registration waiting on the row itself wakes at each commit and contends again: with 64 waiters
/// that herd cost more than the work (see docs/performance.md). The row lock still guarantees the numbers; the
/// advisory lock only orders the queue, and is released with the transaction like the row lock.
/// </remarks>
public sealed class ComplaintNumberIssuer(IOptions<NumberingOptions> options, BankClock bank)
{
    /// <summary>First key of the two-key advisory lock the issuers queue on ("CNNO"); the second is the prefix's hash.</summary>
    public const int QueueLockClass = 0x434E_4E4F;

    private readonly NumberingOptions _options = options.Value;

    public async Task<string> NextAsync(ComplaintDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Complaint numbers must be issued inside the registration's transaction.");

        var day = DayOf(now);
        var values = await db.Database.SqlQuery<long>($"""
            WITH queue AS (SELECT pg_advisory_xact_lock({QueueLockClass}, hashtext({_options.Prefix})))
            INSERT INTO complaint_number_counters (prefix, day, last_value) SELECT {_options.Prefix}, {day}, 1 FROM queue
            ON CONFLICT (prefix, day) DO UPDATE SET last_value = complaint_number_counters.last_value + 1
            RETURNING last_value AS "Value"
            """).ToListAsync(ct);
        return Format(day, values.Single());
    }

    /// <summary>The calendar date in the configured zone: a complaint taken at 07:30 Beijing time is numbered that day.</summary>
    /// <summary>The bank's date of <paramref name="now"/>, which goes into the number.</summary>
    public DateOnly DayOf(DateTimeOffset now) => bank.LocalDate(now);

    public string Format(DateOnly day, long value) =>
        $"{_options.Prefix}{day:yyyyMMdd}{value.ToString().PadLeft(_options.CounterDigits, '0')}";
}
