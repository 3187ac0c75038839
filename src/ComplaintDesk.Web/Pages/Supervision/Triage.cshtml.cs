using System.Text.Json;
using ComplaintDesk.Assignment;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Handling;
using ComplaintDesk.Handling.Steps;
using ComplaintDesk.ReferenceData;
using FluentValidation;

namespace ComplaintDesk.Web.Pages.Supervision;

/// <summary>Bulk assignment: the ticked complaints, and the version of each listed one when the page was loaded.</summary>
public sealed record BulkAssignInput(long[]? Selected, long? DepartmentId, long? HandlerId, Dictionary<long, uint>? Versions);

public sealed class BulkAssignInputValidator : AbstractValidator<BulkAssignInput>
{
    public BulkAssignInputValidator(IStringLocalizer<TriageModel> text)
    {
        RuleFor(i => i.Selected).NotEmpty().WithMessage(_ => text["Select at least one complaint."]);
        RuleFor(i => i.Selected!.Length).LessThanOrEqualTo(OpenCaseFilter.MaxLimit).When(i => i.Selected is not null);
        RuleFor(i => i.DepartmentId).Cascade(CascadeMode.Stop).NotEmpty().GreaterThan(0);
        RuleFor(i => i.HandlerId).GreaterThan(0);
    }
}

/// <summary>One line of the bulk result, kept in TempData across the redirect.</summary>
public sealed record BulkResultLine(long Id, string Number, bool Succeeded, string? Reason);

/// <summary>Complaints waiting for an owner: assign one (correcting its category) or several at once.</summary>
public sealed class TriageModel(
    OpenCaseQueries cases, TeamLoadQueries team, ReferenceDataService reference, ComplaintWorkflow workflow,
    BulkAssignment bulkAssignment, IStringLocalizer<TriageModel> text, IStringLocalizer<SharedResource> shared) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }
    /// <summary>The complaint whose single-assignment form is open.</summary>
    [BindProperty(SupportsGet = true, Name = "complaint")] public long? ComplaintId { get; set; }

    // Give the forms their field names and hold nothing: each handler binds its own argument.
    public TriageRequest Assign { get; } = new(null, null, null, null);
    public BulkAssignInput Bulk { get; } = new(null, null, null, null);

    public Page<OpenCaseRow> Cases { get; private set; } = new([], null);
    public AssignmentChoices Choices { get; private set; } = AssignmentChoices.Empty;
    public OpenCaseRow? Chosen => Cases.Items.FirstOrDefault(c => c.Id == ComplaintId);
    public IReadOnlyList<BulkResultLine> Results { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    [TempData] public string? BulkResults { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (BulkResults is not null) Results = JsonSerializer.Deserialize<List<BulkResultLine>>(BulkResults) ?? [];
        await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostAssignAsync(TriageRequest assign, long id, uint version, CancellationToken ct)
    {
        var complaint = await workflow.PerformAsync(CaseSteps.Triage, id, assign, User.ToActor(), version, ct);
        Message = text["Complaint {0} was assigned.", complaint.Number].Value;
        return RedirectToPage(new { cursor = Cursor });
    }

    public async Task<IActionResult> OnPostBulkAsync(BulkAssignInput bulk, CancellationToken ct)
    {
        var items = bulk.Selected!.Select(id => new BulkItem(id, bulk.Versions?.GetValueOrDefault(id))).ToList();
        var outcomes = await bulkAssignment.AssignAsync(items, new AssignRequest(bulk.DepartmentId, bulk.HandlerId), User.ToActor(), ct);
        var lines = outcomes.Select(o => new BulkResultLine(o.Id, o.Number ?? $"#{o.Id}", o.Succeeded, Reason(o))).ToList();
        BulkResults = JsonSerializer.Serialize(lines);
        Message = text["{0} of {1} complaints were assigned.", lines.Count(l => l.Succeeded), lines.Count].Value;
        return RedirectToPage(new { cursor = Cursor });
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        if (Cursor is not null && !OpenCaseQueries.TryDecodeCursor(Cursor, out _)) Cursor = null;
        Cases = await cases.ListAsync(new OpenCaseFilter(AwaitingTriage: true, Cursor: Cursor), ct);
        Choices = await AssignmentChoices.LoadAsync(reference, team, ct);
    }

    /// <summary>Why one complaint of a bulk assignment was refused, in the page's language.</summary>
    private string? Reason(BulkOutcome o) => o.Error switch
    {
        null => null,
        var e => ReasonText(e, o.Status).Value,
    };

    private LocalizedString ReasonText(DomainException error, ComplaintStatus? status) => error switch
    {
        _ when status is ComplaintStatus.Closed or ComplaintStatus.Withdrawn =>
            shared["This action is not allowed while the complaint is {0}.", shared.Enum(status.Value)],
        ConcurrencyConflictException => text["Changed by someone else after the list was loaded; reload and check it."],
        IllegalTransitionException => shared["This action is not allowed while the complaint is {0}.", status is { } s ? shared.Enum(s) : ""],
        NotFoundException => shared["The complaint could not be found."],
        ForbiddenActionException => shared["Only the assigned handler or a supervisor may do this."],
        var e => shared[e.Message],
    };
}
