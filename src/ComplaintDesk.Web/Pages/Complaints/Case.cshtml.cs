using System.Reflection;
using ComplaintDesk.Common;
using ComplaintDesk.Complaints;
using ComplaintDesk.Complaints.Steps;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.ReferenceData;
using ComplaintDesk.Sla;
using ComplaintDesk.Staff;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Localization;
using ComplaintDesk.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Pages.Complaints;

/// <summary>
/// The case page: the whole record and timeline, and one small form per step the user may take now. Every form posts
/// the version and timeline length the user saw, so a change made meanwhile is refused and shown, not overwritten.
/// </summary>
public sealed class CaseModel(
    ComplaintQueries queries, ComplaintWorkflow workflow, ReferenceDataService reference, StaffService staff,
    ResponseDeadline deadline, TimeDisplay time, TimeProvider clock, IAuthorizationService authorization,
    SlaAdministration sla, IStringLocalizer<CaseModel> text) : PageModel, IReloadOnError
{
    public const string DoneKey = "CaseDone";

    /// <summary>Assigning and deciding escalations belong to the supervisor's pages.</summary>
    private static readonly CaseAction[] NotOfferedHere = [CaseAction.Assign, CaseAction.DecideEscalation];

    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    /// <summary>The complaint version the form was rendered from; the workflow refuses the change if it moved on.</summary>
    [BindProperty] public uint Version { get; set; }
    /// <summary>How many timeline entries the user had seen; later ones are highlighted after a refused change.</summary>
    [BindProperty] public int SeenTimeline { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;
    public TimelineView Timeline { get; private set; } = null!;
    public string CategoryName { get; private set; } = "";
    public string? DepartmentName { get; private set; }
    public DeadlineState? Deadline { get; private set; }
    public bool Masked { get; private set; }
    public IReadOnlySet<CaseAction> Actions { get; private set; } = new HashSet<CaseAction>();
    /// <summary>Set when the page is shown again after a POST: the form that was sent, and what changed meanwhile.</summary>
    public string? PostedForm { get; private set; }
    public int? ChangedAfter { get; private set; }

    public RecordStepRequest? Step { get; set; }
    public CallbackInput? Callback { get; set; }
    public ResolveRequest? Resolve { get; set; }
    public FeedbackRequest? Feedback { get; set; }
    public ConfirmRequest? Confirm { get; set; }
    public ReasonRequest? Appeal { get; set; }
    public CloseRequest? Close { get; set; }
    public ReasonRequest? Withdraw { get; set; }
    public EscalateRequest? Escalate { get; set; }
    public ClockReasonRequest? Pause { get; set; }
    public ClockReasonRequest? Extension { get; set; }
    public ExtensionDecisionRequest? ExtensionDecision { get; set; }

    /// <summary>The names of the SLA policies, for the deadlines computed from one.</summary>
    public IReadOnlyDictionary<long, string> PolicyNames { get; private set; } = new Dictionary<long, string>();

    public DateTimeOffset Now { get; private set; }

    public bool Can(CaseAction action) => Actions.Contains(action);

    /// <summary>Free text as this viewer may see it: phone and ID numbers inside it are masked where the role requires.</summary>
    public string Shown(string? value) => value is null ? "" : Masked ? PersonalData.MaskDigitsIn(value) : value;

    /// <summary>A call-back promise past its time that nobody has kept yet (the monitor marks it broken after a grace).</summary>
    public bool IsOverdue(StepView promise) => promise is { Promise: CallbackState.Pending, DueAt: { } due } && due < Now;

    /// <summary>A checkbox's state: as the user sent it when the page is shown again, else as the model says.</summary>
    public bool Checked(string field, bool? value) =>
        ModelState.TryGetValue(field, out var entry) && entry.AttemptedValue is { } sent ? sent.Contains("true") : value == true;

    public bool IsPosted(string form) => string.Equals(PostedForm, form, StringComparison.OrdinalIgnoreCase);

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

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await PerformsAttribute.DeniedAsync(context))
        {
            context.Result = Forbid();
            return;
        }
        await next();
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        PostedForm = Request.Query["handler"].ToString();
        await LoadAsync(ct);
        if (SeenTimeline > 0 && SeenTimeline < Timeline.Entries.Count) ChangedAfter = SeenTimeline;
        // The usual conflict message says the input is kept in its form; when the change took the action away, there
        // is no form to keep it in.
        if (ModelState.ContainsKey(PageErrorFilter.ConflictKey) && PostedAction() is { } posted && !Actions.Contains(posted))
        {
            ModelState.Remove(PageErrorFilter.ConflictKey);
            ModelState.AddModelError(PageErrorFilter.ConflictKey,
                text["Someone else changed this complaint after you opened it. The current state is shown; what you were doing is no longer possible."]);
        }
    }

    private CaseAction? PostedAction() => PageContext.ActionDescriptor.HandlerMethods
        .FirstOrDefault(h => h.HttpMethod == "Post" && string.Equals(h.Name, PostedForm, StringComparison.OrdinalIgnoreCase))
        ?.MethodInfo.GetCustomAttribute<PerformsAttribute>()?.Action;

    [Performs(CaseAction.Take)]
    public async Task<IActionResult> OnPostTakeAsync(CancellationToken ct)
    {
        await workflow.TakeAsync(Id, User.ToActor(), Version, ct);
        return Done(text["You took this complaint. It is now in your queue."]);
    }

    [Performs(CaseAction.Start)]
    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        await workflow.StartAsync(Id, User.ToActor(), Version, ct);
        return Done(text["Handling started."]);
    }

    [Performs(CaseAction.RecordStep)]
    public async Task<IActionResult> OnPostStepAsync(RecordStepRequest step, CancellationToken ct)
    {
        Step = step;
        await workflow.RecordStepAsync(Id, step with { DueAt = null }, User.ToActor(), Version, ct);
        return Done(text["The step was recorded."]);
    }

    [Performs(CaseAction.RecordStep)]
    public async Task<IActionResult> OnPostCallbackAsync(CallbackInput callback, CancellationToken ct)
    {
        Callback = callback;
        var request = new RecordStepRequest(HandlingStepKind.CallbackPromise, callback.Text, callback.CustomerVisible,
            time.FromInput(callback.DueAt!.Value));
        await workflow.RecordStepAsync(Id, request, User.ToActor(), Version, ct);
        return Done(text["The call-back promise was recorded."]);
    }

    [Performs(CaseAction.Resolve)]
    public async Task<IActionResult> OnPostResolveAsync(ResolveRequest resolve, CancellationToken ct)
    {
        Resolve = resolve;
        await workflow.ResolveAsync(Id, resolve, User.ToActor(), Version, ct);
        return Done(text["The result was recorded. Tell the customer and record the feedback."]);
    }

    [Performs(CaseAction.GiveFeedback)]
    public async Task<IActionResult> OnPostFeedbackAsync(FeedbackRequest feedback, CancellationToken ct)
    {
        Feedback = feedback;
        await workflow.RecordFeedbackAsync(Id, feedback, User.ToActor(), Version, ct);
        return Done(text["The feedback was recorded; the complaint awaits the customer's confirmation."]);
    }

    [Performs(CaseAction.Confirm)]
    public async Task<IActionResult> OnPostConfirmAsync(ConfirmRequest confirm, CancellationToken ct)
    {
        Confirm = confirm;
        await workflow.ConfirmAsync(Id, confirm, User.ToActor(), Version, ct);
        return Done(text["The customer's confirmation was recorded; the complaint is closed."]);
    }

    [Performs(CaseAction.Appeal)]
    public async Task<IActionResult> OnPostAppealAsync(ReasonRequest appeal, CancellationToken ct)
    {
        Appeal = appeal;
        await workflow.AppealAsync(Id, appeal, User.ToActor(), Version, ct);
        return Done(text["The appeal was recorded; the complaint is reopened."]);
    }

    [Performs(CaseAction.Close)]
    public async Task<IActionResult> OnPostCloseAsync(CloseRequest close, CancellationToken ct)
    {
        Close = close;
        await workflow.CloseAsync(Id, close, User.ToActor(), Version, ct);
        return Done(text["The complaint was closed without the customer's response."]);
    }

    [Performs(CaseAction.Withdraw)]
    public async Task<IActionResult> OnPostWithdrawAsync(ReasonRequest withdraw, CancellationToken ct)
    {
        Withdraw = withdraw;
        await workflow.WithdrawAsync(Id, withdraw, User.ToActor(), Version, ct);
        return Done(text["The withdrawal was recorded."]);
    }

    [Performs(CaseAction.Escalate)]
    public async Task<IActionResult> OnPostEscalateAsync(EscalateRequest escalate, CancellationToken ct)
    {
        Escalate = escalate;
        await workflow.EscalateAsync(Id, escalate, User.ToActor(), Version, ct);
        return Done(text["The complaint was escalated to a supervisor."]);
    }

    [Performs(CaseAction.Pause)]
    public async Task<IActionResult> OnPostPauseAsync(ClockReasonRequest pause, CancellationToken ct)
    {
        Pause = pause;
        await workflow.PauseAsync(Id, pause, User.ToActor(), Version, ct);
        return Done(text["The clocks are paused."]);
    }

    [Performs(CaseAction.Resume)]
    public async Task<IActionResult> OnPostResumeAsync(CancellationToken ct)
    {
        await workflow.ResumeAsync(Id, User.ToActor(), Version, ct);
        return Done(text["The clocks run again; the deadlines moved by the time they stood still."]);
    }

    [Performs(CaseAction.RequestExtension)]
    public async Task<IActionResult> OnPostExtensionAsync(ClockReasonRequest extension, CancellationToken ct)
    {
        Extension = extension;
        await workflow.RequestExtensionAsync(Id, extension, User.ToActor(), Version, ct);
        return Done(text["The extension request waits for a decision."]);
    }

    [Performs(CaseAction.DecideExtension)]
    public async Task<IActionResult> OnPostExtensionDecisionAsync(ExtensionDecisionRequest extensionDecision, CancellationToken ct)
    {
        ExtensionDecision = extensionDecision;
        await workflow.DecideExtensionAsync(Id, extensionDecision, User.ToActor(), Version, ct);
        return Done(extensionDecision.Approve == true
            ? text["The extension was approved; the new deadline is recorded and the customer will be told."]
            : text["The extension was refused."]);
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

    private RedirectToPageResult Done(string message)
    {
        TempData[DoneKey] = message;
        return RedirectToPage(new { id = Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.ToActor();
        Complaint = await queries.GetAsync(Id, viewer, ct);
        Timeline = await queries.GetTimelineAsync(Id, ct);
        Masked = ComplaintQueries.MustMaskPersonalData(viewer);
        var category = (await reference.CategoriesAsync(ct)).FirstOrDefault(c => c.Id == Complaint.CategoryId);
        CategoryName = category?.DisplayName() ?? "";
        DepartmentName = Complaint.Assignment.DepartmentId is { } departmentId
            ? (await reference.DepartmentsAsync(ct)).FirstOrDefault(d => d.Id == departmentId)?.Name
            : null;
        var now = Now = clock.GetUtcNow();
        Deadline = deadline.StateOf(Complaint.Status, Complaint.ResponseDueAt, Complaint.Clocks.PausedSince, now);
        Actions = await AllowedAsync(viewer, now, ct);
        if (Complaint.Clocks.Deadlines.Any(d => d.PolicyId is not null))
            PolicyNames = (await sla.PoliciesAsync(ct)).ToDictionary(p => p.Id, p => p.Name);
    }

    private async Task<IReadOnlySet<CaseAction>> AllowedAsync(Actor viewer, DateTimeOffset now, CancellationToken ct)
    {
        var mayTake = viewer.IsInRole(Roles.Handler) && Complaint.Assignment is { HandlerId: null, DepartmentId: not null };
        var department = mayTake ? (await staff.FindActiveAsync(viewer.StaffId, ct))?.DepartmentId : null;
        var allowed = new HashSet<CaseAction>();
        foreach (var action in NextSteps.For(Complaint, viewer, department, now).Except(NotOfferedHere))
            if ((await authorization.AuthorizeAsync(User, CaseActionPolicies.Of[action])).Succeeded)
                allowed.Add(action);
        return allowed;
    }
}
