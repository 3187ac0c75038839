using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Views;

namespace ComplaintDesk.Handling;

/// <summary>
/// Performs a step of the catalogue (<see cref="CaseSteps"/>) for both front ends: reads what the step needs, loads the
/// complaint, checks the version the caller saw (when given), runs the aggregate's transition and saves the change
/// together with its timeline entry and notices.
/// </summary>
public sealed class ComplaintWorkflow(
    ComplaintDbContext db, ComplaintStore store, BankClock clock, SlaRulesProvider sla)
{
    public async Task<Complaint> PerformAsync<TRequest>(CaseStep<TRequest> step, long id, TRequest request, Actor by,
        uint? expectedVersion, CancellationToken ct) where TRequest : class
    {
        var now = clock.Now;
        var context = new StepContext(db, by, now, await sla.GetAsync(db, ct), clock, ct);
        var change = await step.PrepareAsync(request, context);
        var complaint = await store.LoadAsync(id, ct);
        if (expectedVersion is { } expected && expected != complaint.Version)
            throw await ConflictAsync(id, by, ct);
        change(complaint);
        try
        {
            await store.SaveAsync(complaint, now, ct);
        }
        catch (ConcurrencyConflictException)
        {
            throw await ConflictAsync(id, by, ct);
        }
        return complaint;
    }

    /// <summary>The conflict carries the complaint as the caller may see it now (the same view a GET returns).</summary>
    private async Task<ConcurrencyConflictException> ConflictAsync(long id, Actor by, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await ComplaintQueries.LoadFullAsync(db.Complaints.AsNoTracking(), id, ct);
        return new ConcurrencyConflictException(
            $"Complaint {current?.Number ?? id.ToString()} was changed by someone else; reload it and try again.",
            current is null ? null : ComplaintView.From(current, ComplaintQueries.MustMaskPersonalData(by)));
    }
}
