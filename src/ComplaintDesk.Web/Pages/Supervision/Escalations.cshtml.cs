using ComplaintDesk.Clocks;
using ComplaintDesk.Escalations;
using ComplaintDesk.Handling;
using ComplaintDesk.Handling.Steps;

namespace ComplaintDesk.Web.Pages.Supervision;

/// <summary>
/// Escalations waiting for a supervisor, each with the handler's report and a decision form; below them, the
/// extension requests waiting for an approver.
/// </summary>
public sealed class EscalationsModel(EscalationInbox inbox, ExtensionInbox extensions, ComplaintWorkflow workflow,
    IStringLocalizer<EscalationsModel> text)
    : PageModel, IReloadOnError
{
    public const string DecisionField = "decision.Decision";

    public IReadOnlyList<PendingEscalation> Pending { get; private set; } = [];
    /// <summary>Requests for more time; decided on the case page, where the whole record is at hand.</summary>
    public IReadOnlyList<PendingExtension> Extensions { get; private set; } = [];
    /// <summary>The complaint whose decision form was posted and refused: its form shows the errors and the text typed.</summary>
    public long? PostedId { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await ReloadAsync(ct);

    public async Task<IActionResult> OnPostDecideAsync(EscalationDecisionRequest decision, long id, uint version, CancellationToken ct)
    {
        var complaint = await workflow.PerformAsync(CaseSteps.DecideEscalation, id, decision, User.ToActor(), version, ct);
        Message = text["The escalation of complaint {0} is decided.", complaint.Number].Value;
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        if (Request.HasFormContentType && long.TryParse(Request.Form["id"], out var id)) PostedId = id;
        Pending = await inbox.PendingAsync(ct);
        Extensions = await extensions.PendingAsync(ct);
    }
}
