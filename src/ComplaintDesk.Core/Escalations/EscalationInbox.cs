namespace ComplaintDesk.Escalations;

/// <summary>An escalation waiting for a supervisor, with the complaint facts needed to decide it.</summary>
public sealed record PendingEscalation(
    long ComplaintId,
    string Number,
    ComplaintStatus Status,
    uint Version,
    string CustomerName,
    Priority Priority,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset? PausedSince,
    string? HandlerName,
    string? HandlerStaffNumber,
    int Level,
    string Problem,
    string CustomerMood,
    string CustomerExpectation,
    string ActionsTaken,
    Priority Urgency,
    string RaisedByName,
    string? RaisedByStaffNumber,
    DateTimeOffset RaisedAt);

/// <summary>The supervisors' inbox (seed 003: escalations seen in one place), oldest first.</summary>
public sealed class EscalationInbox(ComplaintDbContext db)
{
    public const int Limit = 100;

    public Task<List<PendingEscalation>> PendingAsync(CancellationToken ct) =>
        (from e in db.Escalations.AsNoTracking()
         where e.DecidedAt == null
         join c in db.Complaints.AsNoTracking() on e.ComplaintId equals c.Id
         join s in db.Staff.AsNoTracking() on e.RaisedById equals s.Id into raisers
         from raiser in raisers.DefaultIfEmpty()
         orderby e.RaisedAt, e.Id
         select new PendingEscalation(c.Id, c.Number, c.Status, c.Version, c.Customer.Name, c.Priority, c.ResponseDueAt, c.PausedSince,
             c.AssigneeName, c.AssigneeStaffNumber, e.Level, e.Problem, e.CustomerMood, e.CustomerExpectation, e.ActionsTaken,
             e.Urgency, e.RaisedByName, raiser.StaffNumber, e.RaisedAt))
        .Take(Limit)
        .ToListAsync(ct);
}
