using ComplaintDesk.FollowUp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplaintDesk.Clocks;

/// <summary>
/// Flags deadlines at risk and missed (a missed decision is escalated), queues call-back reminders, marks broken
/// call-back promises, and follows up results the customer has not answered (reminders, then closure for no
/// response). Any number of app instances may run it at once: each batch locks its complaint rows with SKIP LOCKED, so
/// a complaint is worked by one instance at a time, and the aggregate's own guards make a second look a no-op.
/// </summary>
public sealed class DeadlineMonitor(IServiceScopeFactory scopes, BankClock bank, IOptions<SlaOptions> options, ILogger<DeadlineMonitor> logger)
{
    /// <summary>Who the monitor's timeline entries and escalations name. Not a staff row: nobody can sign in as it.</summary>
    public static readonly Actor Actor = new(0, "Deadline monitor", "SYSTEM", []);

    private enum Outcome { Saved, Conflict, Failed }

    private sealed record Batch(IReadOnlyList<long> Ids, Outcome Outcome, MonitorPass Result);

    public async Task<MonitorPass> RunOnceAsync(CancellationToken ct)
    {
        var now = Clock.Normalize(bank.Now);
        var size = Math.Max(1, options.Value.MonitorBatchSize);
        var pass = MonitorPass.None;
        // Keyset over complaint ids: a pass visits every candidate once, and a complaint that cannot be saved (left
        // for the next pass) does not hold back the ones after it.
        for (long after = 0; ;)
        {
            var batch = await RunBatchAsync(after, long.MaxValue, size, now, ct);
            if (batch.Ids.Count == 0) break;
            if (batch.Outcome == Outcome.Failed && batch.Ids.Count > 1)
            {
                // One bad complaint must not stop its batch-mates: try them one by one.
                foreach (var id in batch.Ids) pass = pass.Add((await RunBatchAsync(id - 1, id, 1, now, ct)).Result);
            }
            else pass = pass.Add(batch.Result);
            after = batch.Ids[^1];
            if (batch.Ids.Count < size) break;
        }

        logger.Log(pass.DidAnything ? LogLevel.Information : LogLevel.Debug,
            "Deadline monitor pass: {Complaints} complaints saved, {AtRisk} deadlines at risk, {Missed} missed, {Escalations} escalated, " +
            "{CallbackReminders} call-back reminders, {BrokenCallbacks} broken call-backs, {RecontactReminders} re-contact reminders, " +
            "{ClosedForNoResponse} closed for no response, {Conflicts} left after an edit conflict, {Failures} failed",
            pass.Complaints, pass.AtRisk, pass.Missed, pass.Escalations, pass.CallbackReminders, pass.BrokenCallbacks, pass.RecontactReminders,
            pass.ClosedForNoResponse, pass.Conflicts, pass.Failures);
        return pass;
    }

    private async Task<Batch> RunBatchAsync(long after, long upTo, int size, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<ComplaintStore>();
        // Disposed without a commit on any failure below: the whole batch rolls back.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = await LockDueAsync(db, after, upTo, size, now, ct);
        if (ids.Count == 0) return new Batch(ids, Outcome.Saved, MonitorPass.None);
        try
        {
            var complaints = await store.LoadAsync(ids, ct);
            var result = MonitorPass.None with { Complaints = complaints.Count };
            foreach (var complaint in complaints) result = result.Add(Flag(complaint, now));
            await store.SaveAsync(complaints, now, ct);
            await tx.CommitAsync(ct);
            return new Batch(ids, Outcome.Saved, result);
        }
        catch (Exception e) when (e is ConcurrencyConflictException || ComplaintStore.IsLostRace(e))
        {
            logger.LogWarning("Deadline monitor: edit conflict on a batch of {Count} complaints from id {FirstId}; rolled back, retried next pass",
                ids.Count, ids[0]);
            return new Batch(ids, Outcome.Conflict, MonitorPass.None with { Conflicts = ids.Count });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Deadline monitor: a batch of {Count} complaints from id {FirstId} failed; rolled back, retried next pass",
                ids.Count, ids[0]);
            return new Batch(ids, Outcome.Failed, MonitorPass.None with { Failures = ids.Count });
        }
    }

    /// <summary>
    /// The open complaints with something to flag, in id order, locked for this transaction. Rows another instance
    /// (or a handler's save in flight) holds are skipped; they are picked up on a later pass if still due. NO KEY
    /// UPDATE is enough to exclude other monitors and a handler's UPDATE, and does not block the key-share locks that
    /// inserting timeline and outbox rows takes. The loaded complaint decides what is done, so a candidate that another
    /// instance flagged just before is a no-op.
    /// </summary>
    private Task<List<long>> LockDueAsync(ComplaintDbContext db, long after, long upTo, int size, DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var remindBefore = now + o.CallbackReminderLead;
        var brokenBefore = now - o.CallbackGrace;
        var recontactBefore = now - o.RecontactAfter;
        return db.Database.SqlQueryRaw<long>($"""
            WITH candidates AS (
                SELECT d.complaint_id AS id FROM complaint_deadlines d JOIN complaints r ON r.id = d.complaint_id AND r.paused_since IS NULL
                WHERE d.completed_at IS NULL AND d.outcome IS NULL AND d.due_at < @now
                UNION
                SELECT d.complaint_id FROM complaint_deadlines d JOIN complaints r ON r.id = d.complaint_id AND r.paused_since IS NULL
                WHERE d.completed_at IS NULL AND d.outcome IS NULL AND d.at_risk_notified_at IS NULL AND d.at_risk_from <= @now
                UNION
                SELECT s.complaint_id FROM handling_steps s
                WHERE s.kind = 'CallbackPromise' AND s.reminder_queued_at IS NULL AND s.kept_at IS NULL AND s.broken_at IS NULL
                  AND s.due_at <= @remindBefore
                UNION
                SELECT s.complaint_id FROM handling_steps s
                WHERE s.kind = 'CallbackPromise' AND s.kept_at IS NULL AND s.broken_at IS NULL AND s.due_at < @brokenBefore
                UNION
                SELECT f.id FROM complaints f
                WHERE f.status = 'AwaitingConfirmation' AND greatest(f.feedback_given_at, f.last_recontact_reminder_at) <= @recontactBefore
            )
            SELECT c.id AS "Value"
            FROM complaints c JOIN candidates ON candidates.id = c.id
            WHERE c.id > @after AND c.id <= @upTo AND {ComplaintRules.OpenSql}
            ORDER BY c.id
            LIMIT @size
            FOR NO KEY UPDATE OF c SKIP LOCKED
            """, new NpgsqlParameter("now", now), new NpgsqlParameter("remindBefore", remindBefore),
            new NpgsqlParameter("brokenBefore", brokenBefore), new NpgsqlParameter("recontactBefore", recontactBefore),
            new NpgsqlParameter("after", after), new NpgsqlParameter("upTo", upTo), new NpgsqlParameter("size", size)).ToListAsync(ct);
    }

    /// <summary>The clocks' part of the pass (deadlines at risk and missed), then the follow-up's (<see cref="FollowUpChecks"/>).</summary>
    private MonitorPass Flag(Complaint complaint, DateTimeOffset now)
    {
        var (atRisk, missed) = (0, 0);
        var escalationsBefore = complaint.Escalations.Count;
        // Paused clocks do not run; the aggregate checks this too.
        if (complaint.PausedSince is null)
        {
            foreach (var deadline in complaint.Deadlines.Where(d => d.CompletedAt is null && d.Outcome is null).OrderBy(d => d.DueAt).ToList())
            {
                if (deadline.DueAt < now)
                {
                    complaint.MarkMissed(deadline.Id, Actor, now, bank.Zone);
                    missed++;
                }
                else if (deadline.AtRiskFrom <= now && deadline.AtRiskNotifiedAt is null)
                {
                    complaint.MarkAtRisk(deadline.Id, now);
                    atRisk++;
                }
            }
        }
        var clocks = MonitorPass.None with { AtRisk = atRisk, Missed = missed, Escalations = complaint.Escalations.Count - escalationsBefore };
        return clocks.Add(FollowUpChecks.Apply(complaint, options.Value, Actor, now));
    }
}
