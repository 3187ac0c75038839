namespace ComplaintDesk.Clocks;

/// <summary>An extension request waiting for an approver, with what is needed to judge it at a glance.</summary>
public sealed record PendingExtension(
    long ComplaintId,
    string Number,
    ComplaintStatus Status,
    string CustomerName,
    string? HandlerName,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset? PausedSince,
    int Sequence,
    string Reason,
    string ApproverRole,
    DateTimeOffset ProposedDueAt,
    string RequestedByName,
    DateTimeOffset RequestedAt);

/// <summary>Extension requests nobody has decided yet, oldest first; the decision itself is taken on the case page.</summary>
public sealed class ExtensionInbox(ComplaintDbContext db)
{
    public const int Limit = 100;

    /// <param name="approverRole">Only the requests this role must decide (e.g. the second rung, for managers); null for all.</param>
    public Task<List<PendingExtension>> PendingAsync(CancellationToken ct, string? approverRole = null) =>
        (from e in db.Extensions.AsNoTracking()
         where e.Approved == null && (approverRole == null || e.ApproverRole == approverRole)
         join c in db.Complaints.AsNoTracking() on e.ComplaintId equals c.Id
         orderby e.RequestedAt, e.Id
         select new PendingExtension(c.Id, c.Number, c.Status, c.Customer.Name, c.AssigneeName, c.ResponseDueAt, c.PausedSince, e.Sequence,
             e.Reason, e.ApproverRole, e.ProposedDueAt, e.RequestedByName, e.RequestedAt))
        .Take(Limit)
        .ToListAsync(ct);
}
