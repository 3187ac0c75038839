using ComplaintDesk.Notifications;
using Npgsql;

namespace ComplaintDesk.Complaints;

/// <summary>
/// The one way in and out of the aggregate for a change, used by registration, the workflow and the deadline monitor:
/// load what a transition needs, then save the change with its timeline entries and the outbox rows of the notices it
/// raised in one SaveChanges, mapping every kind of lost race to <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed class ComplaintStore(ComplaintDbContext db, NoticeOutbox outbox)
{
    private const string TimelineSequenceIndex = "ix_timeline_events_complaint_id_sequence";

    /// <summary>
    /// The complaint with what a transition needs; the timeline itself is not loaded (a new entry links to the head
    /// kept on the complaint row). The open call-back promises ride along: a contact with the customer keeps them.
    /// </summary>
    public async Task<Complaint> LoadAsync(long id, CancellationToken ct) =>
        await db.Complaints.ForChange()
            .Include(c => c.Steps.Where(s => s.Kind == HandlingStepKind.CallbackPromise && s.KeptAt == null && s.BrokenAt == null))
            .FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException("Complaint", id);

    /// <summary>Several complaints with all their steps, for the monitor's batches (rows it has locked).</summary>
    public Task<List<Complaint>> LoadAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        db.Complaints.ForChange().Include(c => c.Steps).Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>A new complaint: saved first for its id, which the acknowledgement's outbox row names.</summary>
    public async Task AddAsync(Complaint complaint, DateTimeOffset now, CancellationToken ct)
    {
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        await SaveAsync([complaint], now, ct);
    }

    public Task SaveAsync(Complaint complaint, DateTimeOffset now, CancellationToken ct) => SaveAsync([complaint], now, ct);

    public async Task SaveAsync(IEnumerable<Complaint> complaints, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var complaint in complaints) await outbox.QueueAsync(complaint, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (IsLostRace(e))
        {
            throw new ConcurrencyConflictException("The complaint was changed by someone else; reload it and try again.", null, e);
        }
    }

    /// <summary>
    /// Someone else's change got in the way: the row version moved, the same timeline position was taken first (the
    /// same conflict seen from the child row), or PostgreSQL chose this transaction as a deadlock victim.
    /// </summary>
    public static bool IsLostRace(Exception e) => e switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: TimelineSequenceIndex } } => true,
        DbUpdateException { InnerException: PostgresException p } => IsRetryable(p),
        PostgresException p => IsRetryable(p),
        _ => false,
    };

    private static bool IsRetryable(PostgresException p) =>
        p.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;
}
