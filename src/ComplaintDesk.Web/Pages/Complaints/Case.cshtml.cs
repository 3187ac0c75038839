using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Handling;
using ComplaintDesk.ReferenceData;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ComplaintDesk.Web.Pages.Complaints;

/// <summary>
/// The case page: the whole record and timeline, and one small form per step of the catalogue (<see cref="CaseSteps"/>)
/// the aggregate allows the user now. Every form posts the version and timeline length the user saw, so a change made
/// meanwhile is refused and shown, not overwritten.
/// </summary>
public sealed class CaseModel(
    ComplaintQueries queries, ComplaintWorkflow workflow, CaseActionsQuery actions, ReferenceDataService reference,
    ResponseDeadline deadline, TimeProvider clock, SlaAdministration sla, IStringLocalizer<CaseModel> text) : PageModel, IReloadOnError
{
    public const string DoneKey = "CaseDone";
    /// <summary>Where a step's form partial finds this page (<see cref="CaseForm{TRequest}.Case"/>).</summary>
    public const string FormOwnerKey = "CaseModel";

    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    /// <summary>The complaint version the form was rendered from; the workflow refuses the change if it moved on.</summary>
    [BindProperty] public uint Version { get; set; }
    /// <summary>How many timeline entries the user had seen; later ones are highlighted after a refused change.</summary>
    [BindProperty] public int SeenTimeline { get; set; }
    /// <summary>The step whose form was posted, with its request as typed.</summary>
    [BindProperty(BinderType = typeof(PostedStepBinder))] public PostedStep? Posted { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;
    public TimelineView Timeline { get; private set; } = null!;
    public string CategoryName { get; private set; } = "";
    public string? DepartmentName { get; private set; }
    public DeadlineState? Deadline { get; private set; }
    public bool Masked { get; private set; }
    /// <summary>The forms offered now, in the catalogue's order.</summary>
    public IReadOnlyList<CaseStep> Offered { get; private set; } = [];
    /// <summary>Set when the page is shown again after a POST: the form that was sent, and what changed meanwhile.</summary>
    public string? PostedForm { get; private set; }
    public int? ChangedAfter { get; private set; }

    /// <summary>The names of the SLA policies, for the deadlines computed from one.</summary>
    public IReadOnlyDictionary<long, string> PolicyNames { get; private set; } = new Dictionary<long, string>();

    public DateTimeOffset Now { get; private set; }

    /// <summary>Free text as this viewer may see it: phone and ID numbers inside it are masked where the role requires.</summary>
    public string Shown(string? value) => value is null ? "" : Masked ? PersonalData.MaskDigitsIn(value) : value;

    /// <summary>A call-back promise past its time that nobody has kept yet (the monitor marks it broken after a grace).</summary>
    public bool IsOverdue(StepView promise) => promise is { Promise: CallbackState.Pending, DueAt: { } due } && due < Now;

    /// <summary>A checkbox's state: as the user sent it when the page is shown again, else as the model says.</summary>
    public bool Checked(string field, bool? value) =>
        ModelState.TryGetValue(field, out var entry) && entry.AttemptedValue is { } sent ? sent.Contains("true") : value == true;

    public bool IsPosted(string form) => string.Equals(PostedForm, form, StringComparison.OrdinalIgnoreCase);

    /// <summary>The request a step's form shows: what the user sent when it is shown again, else an empty one.</summary>
    public object FormModel(CaseStep step) =>
        Posted is { } posted && posted.Step == step ? posted.Request : EmptyRequest(step.RequestType);

    /// <summary>The form's fields post under its name ("Resolve.Outcome"), as its handler binds them.</summary>
    public ViewDataDictionary FormViewData(CaseStep step)
    {
        var data = new ViewDataDictionary(ViewData);
        data.TemplateInfo.HtmlFieldPrefix = step.Form;
        data[FormOwnerKey] = this;
        return data;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>Razor Pages cannot authorize a handler, so the posted step's policy is checked before its input is validated.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(Request.Method))
        {
            if (Posted is not { Step.Policy: { } policy })
            {
                context.Result = NotFound();
                return;
            }
            if (!Policies.Allows(policy, User.IsInRole))
            {
                context.Result = Forbid();
                return;
            }
        }
        await next();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (step, request) = Posted!;
        await step.PerformAsync(workflow, Id, request, User.ToActor(), Version, ct);
        TempData[DoneKey] = text[step.DoneText(request)!].Value;
        return RedirectToPage(new { id = Id });
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        PostedForm = Posted?.Step.Form ?? Request.Query["handler"].ToString();
        await LoadAsync(ct);
        if (SeenTimeline > 0 && SeenTimeline < Timeline.Entries.Count) ChangedAfter = SeenTimeline;
        // The usual conflict message says the input is kept in its form; when the change took the action away, there
        // is no form to keep it in.
        if (ModelState.ContainsKey(PageErrorFilter.ConflictKey) && Posted is { } posted && !Offered.Contains(posted.Step))
        {
            ModelState.Remove(PageErrorFilter.ConflictKey);
            ModelState.AddModelError(PageErrorFilter.ConflictKey,
                text["Someone else changed this complaint after you opened it. The current state is shown; what you were doing is no longer possible."]);
        }
    }

    /// <summary>Time left on a running deadline: working time for business targets, plain time for calendar days.</summary>
    public string Remaining(DeadlineView d)
    {
        if (d.RemainingSeconds is not { } seconds) return "";
        var span = TimeSpan.FromSeconds(Math.Abs(seconds));
        var amount = d.Span.IsBusinessTime
            ? text["{0} h {1} min of working time", (int)span.TotalHours, span.Minutes].Value
            : text["{0} d {1} h", span.Days, span.Hours].Value;
        return seconds < 0 ? text["late by {0}", amount] : amount;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.ToActor();
        var complaint = await queries.LoadAsync(Id, ct);
        var now = Now = clock.GetUtcNow();
        Complaint = await queries.ViewAsync(complaint, viewer, ct);
        Timeline = await queries.GetTimelineAsync(Id, ct);
        Masked = ComplaintQueries.MustMaskPersonalData(viewer);
        var category = (await reference.CategoriesAsync(ct)).FirstOrDefault(c => c.Id == Complaint.CategoryId);
        CategoryName = category?.DisplayName() ?? "";
        DepartmentName = Complaint.Assignment.DepartmentId is { } departmentId
            ? (await reference.DepartmentsAsync(ct)).FirstOrDefault(d => d.Id == departmentId)?.Name
            : null;
        Deadline = deadline.StateOf(Complaint.Status, Complaint.ResponseDueAt, Complaint.Clocks.PausedSince, now);
        Offered = [.. (await actions.ForAsync(complaint, viewer, ct)).Where(a => a.Allowed && a.Step.Form is not null).Select(a => a.Step)];
        if (Complaint.Clocks.Deadlines.Any(d => d.PolicyId is not null))
            PolicyNames = (await sla.PoliciesAsync(ct)).ToDictionary(p => p.Id, p => p.Name);
    }

    private static object EmptyRequest(Type type)
    {
        if (type == typeof(NoInput)) return NoInput.Value;
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke(constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray());
    }
}
