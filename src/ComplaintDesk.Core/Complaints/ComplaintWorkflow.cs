using ComplaintDesk.Common;
using ComplaintDesk.Complaints.Steps;
using ComplaintDesk.Data;
using ComplaintDesk.Notifications;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Sla;
using ComplaintDesk.Staff;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ComplaintDesk.Complaints;

/// <summary>
/// The steps after registration, one method per step, shared by the REST API and the pages. Each loads the complaint,
/// checks the version the caller saw (when given), runs the aggregate's transition and saves the change together
/// with its timeline entry in one SaveChanges.
/// </summary>
public sealed class ComplaintWorkflow(ComplaintDbContext db, TimeProvider clock, SlaRulesProvider sla, NoticeOutbox outbox)
{
    public async Task<Complaint> AssignAsync(long id, AssignRequest r, Actor by, uint? expectedVersion, CancellationToken ct)
    {
        var (departmentId, handler) = await AssignmentTargetAsync(r, ct);
        return await ChangeAsync(id, by, expectedVersion, c => c.Assign(departmentId, handler, by, Now), ct);
    }

    /// <summary>Triage in one save: corrects the category and priority when they change, then assigns.</summary>
    public async Task<Complaint> TriageAsync(long id, TriageRequest r, Actor by, uint? expectedVersion, CancellationToken ct)
    {
        if (r.CategoryId is { } categoryId) await EnsureTriageCategoryAsync(categoryId, ct);
        var (departmentId, handler) = await AssignmentTargetAsync(new AssignRequest(r.DepartmentId, r.HandlerId), ct);
        var rules = await sla.GetAsync(db, ct);
        return await ChangeAsync(id, by, expectedVersion, c =>
        {
            var (category, priority) = (r.CategoryId ?? c.CategoryId, r.Priority ?? c.Priority);
            if (category != c.CategoryId || priority != c.Priority) c.Recategorize(category, priority, by, Now, rules);
            c.Assign(departmentId, handler, by, Now);
        }, ct);
    }

    /// <summary>Self-assignment: the handler's current department (not the one in their sign-in cookie) must match.</summary>
    public async Task<Complaint> TakeAsync(long id, Actor by, uint? expectedVersion, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == by.StaffId, ct);
        if (staff is not { IsActive: true })
            throw new ForbiddenActionException("Only an active handler can take a complaint.");
        return await ChangeAsync(id, by, expectedVersion, c => c.Take(staff.ToActor(), staff.DepartmentId, Now), ct);
    }

    public Task<Complaint> StartAsync(long id, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.StartHandling(by, Now), ct);

    public Task<Complaint> RecordStepAsync(long id, RecordStepRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.RecordStep(r.Kind!.Value, r.Text!, r.CustomerVisible ?? false, by, Now, r.DueAt), ct);

    public Task<Complaint> ResolveAsync(long id, ResolveRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.Resolve(
            new Resolution(r.Outcome!, r.MeasuresTaken!, r.ImprovementPlan, r.Upheld!.Value, r.RootCause, r.RedressAmount,
                r.PartlyUpheld == true), by, Now), ct);

    public Task<Complaint> RecordFeedbackAsync(long id, FeedbackRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.RecordFeedback(r.Channel!.Value, r.Summary!, by, Now), ct);

    public Task<Complaint> ConfirmAsync(long id, ConfirmRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.Confirm(r.CustomerSatisfied!.Value, r.Comment, by, Now), ct);

    public async Task<Complaint> AppealAsync(long id, ReasonRequest r, Actor by, uint? expectedVersion, CancellationToken ct)
    {
        var rules = await sla.GetAsync(db, ct);
        return await ChangeAsync(id, by, expectedVersion, c => c.Appeal(r.Reason!, by, Now, rules), ct);
    }

    public Task<Complaint> AnswerSurveyAsync(long id, SurveyRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.AnswerSurvey(r.Rating!.Value, r.Comment, by, Now), ct);

    public Task<Complaint> PauseAsync(long id, ClockReasonRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.Pause(r.Reason!, by, Now), ct);

    public async Task<Complaint> ResumeAsync(long id, Actor by, uint? expectedVersion, CancellationToken ct)
    {
        var rules = await sla.GetAsync(db, ct);
        return await ChangeAsync(id, by, expectedVersion, c => c.Resume(by, Now, rules), ct);
    }

    public async Task<Complaint> RequestExtensionAsync(long id, ClockReasonRequest r, Actor by, uint? expectedVersion, CancellationToken ct)
    {
        var rules = await sla.GetAsync(db, ct);
        return await ChangeAsync(id, by, expectedVersion, c => c.RequestExtension(r.Reason!, by, Now, rules), ct);
    }

    public async Task<Complaint> DecideExtensionAsync(long id, ExtensionDecisionRequest r, Actor by, uint? expectedVersion, CancellationToken ct)
    {
        var rules = await sla.GetAsync(db, ct);
        return await ChangeAsync(id, by, expectedVersion, c => c.DecideExtension(r.Approve!.Value, r.Comment, by, Now, rules), ct);
    }

    public Task<Complaint> CloseAsync(long id, CloseRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.CloseWithoutResponse(r.Comment, by, Now), ct);

    public Task<Complaint> WithdrawAsync(long id, ReasonRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.Withdraw(r.Reason!, by, Now), ct);

    public Task<Complaint> EscalateAsync(long id, EscalateRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.Escalate(
            new EscalationReport(r.Problem!, r.CustomerMood!, r.CustomerExpectation!, r.ActionsTaken!, r.Urgency!.Value), by, Now), ct);

    public Task<Complaint> DecideEscalationAsync(long id, EscalationDecisionRequest r, Actor by, uint? expectedVersion, CancellationToken ct) =>
        ChangeAsync(id, by, expectedVersion, c => c.DecideEscalation(r.Decision!, by, Now), ct);

    private const string TimelineSequenceIndex = "ix_timeline_events_complaint_id_sequence";

    private DateTimeOffset Now => clock.GetUtcNow();

    private async Task<(long DepartmentId, Assignee? Handler)> AssignmentTargetAsync(AssignRequest r, CancellationToken ct)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == r.DepartmentId, ct);
        if (department is not { IsActive: true })
            throw new RuleViolationException("departmentId", $"Department {r.DepartmentId} does not exist or is inactive.");
        Assignee? handler = null;
        if (r.HandlerId is { } handlerId)
        {
            var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == handlerId, ct);
            if (staff is not { IsActive: true } || !staff.Roles.Contains(Roles.Handler))
                throw new RuleViolationException("handlerId", $"Staff member {handlerId} is not an active handler.");
            handler = new Assignee(staff.Id, staff.DisplayName, staff.StaffNumber);
        }
        return (department.Id, handler);
    }

    private async Task EnsureTriageCategoryAsync(long categoryId, CancellationToken ct)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == categoryId, ct);
        if (category is not { IsActive: true } || category.Code == Category.UnclassifiedCode)
            throw new RuleViolationException("categoryId", "Choose an active category other than Unclassified.");
    }

    private async Task<Complaint> ChangeAsync(long id, Actor by, uint? expectedVersion, Action<Complaint> change, CancellationToken ct)
    {
        // The open call-back promises ride along: a contact with the customer keeps them.
        var complaint = await db.Complaints.ForChange()
            .Include(c => c.Steps.Where(s => s.Kind == HandlingStepKind.CallbackPromise && s.KeptAt == null && s.BrokenAt == null))
            .FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("Complaint", id);
        if (expectedVersion is { } expected && expected != complaint.Version)
            throw await ConflictAsync(id, by, ct);

        change(complaint);
        await outbox.QueueAsync(complaint, Now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw await ConflictAsync(id, by, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: TimelineSequenceIndex })
        {
            // A concurrent save appended the same timeline position first: the same conflict, seen from the child row.
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
            current is null ? null : Views.ComplaintView.From(current, ComplaintQueries.MustMaskPersonalData(by)));
    }
}
