using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Notifications;

/// <summary>
/// Delivers due outbox messages. A pass claims a batch (a lease in the rows, taken with SKIP LOCKED so two instances
/// never claim the same message), then composes and sends each message outside any transaction, and records the attempt
/// only while the claim is still its own. An instance that dies mid-batch leaves claims that lapse after
/// <see cref="NotificationOptions.LeaseDuration"/>; another instance then delivers those messages.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Names this dispatcher in claims and attempt records; unique per start, so a restarted process never finds its old claims.</summary>
    public string Instance { get; } = NewInstanceName();

    private static string NewInstanceName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        // The claimed_by and instance columns hold 100 characters; the unique part is at the end.
        return name.Length <= Limits.Name ? name : name[^Limits.Name..];
    }

    private readonly RetrySchedule _schedule = options.Value.Schedule();
    private bool _warnedNoComposer;

    public async Task<DispatchPass> RunOnceAsync(CancellationToken ct)
    {
        await using (var probe = scopes.CreateAsyncScope())
        {
            // Until a composer is registered nothing can be rendered: leave the messages queued rather than park them.
            if (probe.ServiceProvider.GetService<IMessageComposer>() is null)
            {
                if (!_warnedNoComposer) logger.LogWarning("Outbox dispatcher: no message composer is registered; messages stay queued");
                _warnedNoComposer = true;
                return DispatchPass.None;
            }
        }
        var claimed = await ClaimAsync(ct);
        var pass = DispatchPass.None with { Claimed = claimed.Count };
        foreach (var id in claimed) pass = pass.Add(await DeliverAsync(id, ct));
        if (claimed.Count > 0)
            logger.LogInformation("Outbox dispatcher {Instance}: {Claimed} claimed, {Sent} sent, {Failed} failed, {Parked} parked, {LeaseLost} lost their claim",
                Instance, pass.Claimed, pass.Sent, pass.Failed, pass.Parked, pass.LeaseLost);
        return pass;
    }

    /// <summary>
    /// Takes a lease on up to a batch of due messages. SKIP LOCKED passes over rows another instance is claiming right
    /// now; a row it claimed a moment ago fails the re-checked WHERE (its lease is current) and is left out as well.
    /// </summary>
    private async Task<IReadOnlyList<long>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintDbContext>();
        var now = Clock.Normalize(clock.GetUtcNow());
        var until = now + options.Value.LeaseDuration;
        var size = Math.Max(1, options.Value.BatchSize);
        var ids = await db.Database.SqlQuery<long>($"""
            UPDATE outbox_messages m SET claimed_by = {Instance}, locked_until = {until}
            FROM (SELECT id FROM outbox_messages
                  WHERE status = 'Pending' AND next_attempt_at <= {now} AND (locked_until IS NULL OR locked_until < {now})
                  ORDER BY next_attempt_at, id
                  LIMIT {size}
                  FOR UPDATE SKIP LOCKED) due
            WHERE m.id = due.id
            RETURNING m.id AS "Value"
            """).ToListAsync(ct);
        return [.. ids.Order()];
    }

    private async Task<DispatchPass> DeliverAsync(long id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var message = await services.GetRequiredService<ComplaintDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        string? error = null;
        try
        {
            var content = await services.GetRequiredService<IMessageComposer>().ComposeAsync(message, clock.GetUtcNow(), ct);
            // The last registration for a channel wins, as for any service: a host can replace a shipped sender.
            var sender = services.GetServices<IMessageSender>().LastOrDefault(s => s.Channel == message.Channel)
                ?? throw new MessageDeliveryException($"No sender is configured for the {message.Channel} channel.");
            await sender.SendAsync(message, content, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            error = $"{e.GetType().Name}: {PersonalData.MaskDigitsIn(e.Message)}";
            logger.LogWarning("Outbox message {MessageId} ({Template}, {Channel}) failed on attempt {Attempt}: {Error}",
                id, message.Template, message.Channel, message.Attempts + 1, error);
        }
        return await RecordAsync(id, error, ct);
    }

    /// <summary>Writes the outcome, unless the claim lapsed meanwhile and another instance owns the message now.</summary>
    private async Task<DispatchPass> RecordAsync(long id, string? error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var message = await db.Outbox.FromSql($"SELECT * FROM outbox_messages WHERE id = {id} FOR UPDATE").SingleAsync(ct);
        var now = Clock.Normalize(clock.GetUtcNow());
        if (message.ClaimedBy != Instance || message.Status != OutboxStatus.Pending)
        {
            logger.LogWarning("Outbox message {MessageId}: the claim of {Instance} lapsed before its attempt was recorded (now {Owner})",
                id, Instance, message.ClaimedBy);
            return DispatchPass.None with { LeaseLost = 1 };
        }
        var result = DispatchPass.None;
        if (error is null)
        {
            message.MarkSent(Instance, now);
            result = result with { Sent = 1 };
        }
        else
        {
            message.MarkFailed(error, Instance, now, _schedule);
            result = message.Status == OutboxStatus.Parked ? result with { Parked = 1 } : result with { Failed = 1 };
            if (message.Status == OutboxStatus.Parked)
                logger.LogError("Outbox message {MessageId} ({Template}, {Channel}) parked after {Attempts} attempts: {Error}",
                    id, message.Template, message.Channel, message.Attempts, error);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
