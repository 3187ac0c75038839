using ComplaintDesk.Handling;
using ComplaintDesk.Handling.Steps;

namespace ComplaintDesk.Assignment;

/// <param name="Version">The version the supervisor saw; a complaint changed since then is refused as a conflict.</param>
public sealed record BulkItem(long Id, uint? Version);

/// <summary>What happened to one complaint: <see cref="Error"/> is null when it was assigned.</summary>
public sealed record BulkOutcome(long Id, string? Number, ComplaintStatus? Status, DomainException? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Assigns several complaints to one department (and optionally one handler), each through the same workflow step
/// and in its own transaction, so one refusal (a conflict, a closed case) does not undo the others.
/// </summary>
public sealed class BulkAssignment(ComplaintWorkflow workflow, ComplaintDbContext db)
{
    public async Task<IReadOnlyList<BulkOutcome>> AssignAsync(IReadOnlyList<BulkItem> items, AssignRequest target, Actor by, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).Distinct().ToList();
        var numbers = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        var outcomes = new List<BulkOutcome>(items.Count);
        foreach (var item in items.DistinctBy(i => i.Id))
        {
            try
            {
                var complaint = await workflow.PerformAsync(CaseSteps.Assign, item.Id, target, by, item.Version, ct);
                outcomes.Add(new BulkOutcome(item.Id, complaint.Number, complaint.Status, null));
            }
            catch (RuleViolationException) when (outcomes.Count == 0)
            {
                throw; // the department or handler itself is refused: an error in the form, not in one complaint
            }
            catch (DomainException e)
            {
                db.ChangeTracker.Clear();
                outcomes.Add(new BulkOutcome(item.Id, numbers.GetValueOrDefault(item.Id), StatusIn(e), e));
            }
        }
        return outcomes;
    }

    private static ComplaintStatus? StatusIn(DomainException e) => e switch
    {
        ConcurrencyConflictException { Current: ComplaintDesk.Complaints.Views.ComplaintView current } => current.Status,
        IllegalTransitionException i when Enum.TryParse<ComplaintStatus>(i.CurrentStatus, out var s) => s,
        _ => null,
    };
}
