using ComplaintDesk.Escalations;
using ComplaintDesk.Handling.Steps;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Handling;

/// <summary>
/// The catalogue of case actions: every step after registration, declared once. The API maps a route per entry, the
/// case page offers a form per entry the aggregate allows the viewer now, and docs/workflow.md's route table is checked
/// against it. Entries with a form come in the order the case page shows them: decisions waiting and the clocks first,
/// then handling, then the customer's answers.
/// </summary>
public static class CaseSteps
{
    public static readonly CaseStep<ExtensionDecisionRequest> DecideExtension = new()
    {
        Action = CaseAction.DecideExtension, Route = "extension/decision", Policy = Policies.DecideExtension,
        OperationId = "DecideComplaintExtension",
        Summary = "Approve or refuse the pending extension (a second extension needs the Manager role)",
        Form = "ExtensionDecision",
        Done = "The extension was approved; the new deadline is recorded and the customer will be told.",
        DoneDeclined = "The extension was refused.", Declines = r => r.Approve != true,
        Change = (c, r, x) => c.DecideExtension(r.Approve!.Value, r.Comment, x.By, x.Now, x.Rules),
    };

    public static readonly CaseStep<NoInput> Resume = new()
    {
        Action = CaseAction.Resume, Route = "resume", Policy = Policies.Handle, OperationId = "ResumeComplaintClocks",
        Summary = "Restart the clocks; the deadlines move by the paused time",
        Form = "Resume", Done = "The clocks run again; the deadlines moved by the time they stood still.",
        Change = (c, _, x) => c.Resume(x.By, x.Now, x.Rules),
    };

    public static readonly CaseStep<ClockReasonRequest> Pause = new()
    {
        Action = CaseAction.Pause, Route = "pause", Policy = Policies.Handle, OperationId = "PauseComplaintClocks",
        Summary = "Stop the clocks, e.g. while an external appraisal runs; the customer is told",
        Form = "Pause", Done = "The clocks are paused.",
        Change = (c, r, x) => c.Pause(r.Reason!, x.By, x.Now),
    };

    public static readonly CaseStep<ClockReasonRequest> RequestExtension = new()
    {
        Action = CaseAction.RequestExtension, Route = "extension", Policy = Policies.Handle, OperationId = "RequestComplaintExtension",
        Summary = "Ask for more time to decide, with the reason the customer will be told",
        Form = "Extension", Done = "The extension request waits for a decision.",
        Change = (c, r, x) => c.RequestExtension(r.Reason!, x.By, x.Now, x.Rules),
    };

    public static readonly CaseStep<NoInput> Take = new()
    {
        Action = CaseAction.Take, Route = "take", Policy = Policies.Handle, OperationId = "TakeComplaint",
        Summary = "A handler takes an unowned complaint waiting in their own department's queue",
        Form = "Take", Done = "You took this complaint. It is now in your queue.",
        Prepare = async (_, x) =>
        {
            var taker = await x.TakerAsync();
            return c => c.Take(taker.ToActor(), taker.DepartmentId, x.Now);
        },
    };

    public static readonly CaseStep<NoInput> Start = new()
    {
        Action = CaseAction.Start, Route = "start", Policy = Policies.Handle, OperationId = "StartHandlingComplaint",
        Summary = "The assigned handler starts working the complaint",
        Form = "Start", Done = "Handling started.",
        Change = (c, _, x) => c.StartHandling(x.By, x.Now),
    };

    public static readonly CaseStep<ResolveRequest> Resolve = new()
    {
        Action = CaseAction.Resolve, Route = "resolve", Policy = Policies.Handle, OperationId = "ResolveComplaint",
        Summary = "Record the decision: outcome, measures, upheld, root cause, redress",
        Form = "Resolve", Done = "The result was recorded. Tell the customer and record the feedback.",
        Change = (c, r, x) => c.Resolve(new Resolution(r.Outcome!, r.MeasuresTaken!, r.ImprovementPlan, r.Upheld!.Value, r.RootCause,
            r.RedressAmount, r.PartlyUpheld == true), x.By, x.Now),
    };

    public static readonly CaseStep<FeedbackRequest> GiveFeedback = new()
    {
        Action = CaseAction.GiveFeedback, Route = "feedback", Policy = Policies.Handle, OperationId = "RecordComplaintFeedback",
        Summary = "Record how the result was told to the customer",
        Form = "Feedback", Done = "The feedback was recorded; the complaint awaits the customer's confirmation.",
        Change = (c, r, x) => c.RecordFeedback(r.Channel!.Value, r.Summary!, x.By, x.Now),
    };

    public static readonly CaseStep<CloseRequest> Close = new()
    {
        Action = CaseAction.Close, Route = "close", Policy = Policies.Handle, OperationId = "CloseComplaintWithoutResponse",
        Summary = "Close after the customer did not answer",
        Form = "Close", Done = "The complaint was closed without the customer's response.",
        Change = (c, r, x) => c.CloseWithoutResponse(r.Comment, x.By, x.Now),
    };

    public static readonly CaseStep<RecordStepRequest> RecordStep = new()
    {
        Action = CaseAction.RecordStep, Route = "notes", Policy = Policies.Handle, OperationId = "RecordComplaintStep",
        Summary = "Record a finding, measure, customer contact or internal note",
        Form = "Step", Done = "The step was recorded.",
        Change = (c, r, x) => c.RecordStep(r.Kind!.Value, r.Text!, r.CustomerVisible ?? false, x.By, x.Now, r.DueAt),
    };

    /// <summary>The page's own form for a call-back promise; the API records one as a step of kind CallbackPromise.</summary>
    public static readonly CaseStep<CallbackRequest> PromiseCallback = new()
    {
        Action = CaseAction.RecordStep, Policy = Policies.Handle,
        Summary = "Promise the customer a call-back by a given time",
        Form = "Callback", Done = "The call-back promise was recorded.",
        Change = (c, r, x) => c.RecordStep(HandlingStepKind.CallbackPromise, r.Text!, r.CustomerVisible ?? false, x.By, x.Now,
            x.FromBankTime(r.DueAt!.Value)),
    };

    public static readonly CaseStep<EscalateRequest> Escalate = new()
    {
        Action = CaseAction.Escalate, Route = "escalate", Policy = Policies.Handle, OperationId = "EscalateComplaint",
        Summary = "Escalate to a supervisor with the standard report",
        Form = "Escalate", Done = "The complaint was escalated to a supervisor.",
        Change = (c, r, x) => c.Escalate(
            new EscalationReport(r.Problem!, r.CustomerMood!, r.CustomerExpectation!, r.ActionsTaken!, r.Urgency!.Value), x.By, x.Now),
    };

    public static readonly CaseStep<ConfirmRequest> Confirm = new()
    {
        Action = CaseAction.Confirm, Route = "confirm", Policy = Policies.RecordCustomerReply, OperationId = "ConfirmComplaintResult",
        Summary = "The customer confirms the result: the complaint closes",
        Form = "Confirm", Done = "The customer's confirmation was recorded; the complaint is closed.",
        Change = (c, r, x) => c.Confirm(r.CustomerSatisfied!.Value, r.Comment, x.By, x.Now),
    };

    public static readonly CaseStep<ReasonRequest> Appeal = new()
    {
        Action = CaseAction.Appeal, Route = "appeal", Policy = Policies.RecordCustomerReply, OperationId = "AppealComplaintResult",
        Summary = "The customer disagrees: the complaint is reopened",
        Form = "Appeal", Done = "The appeal was recorded; the complaint is reopened.",
        Change = (c, r, x) => c.Appeal(r.Reason!, x.By, x.Now, x.Rules),
    };

    public static readonly CaseStep<ReasonRequest> Withdraw = new()
    {
        Action = CaseAction.Withdraw, Route = "withdraw", Policy = Policies.RecordCustomerReply, OperationId = "WithdrawComplaint",
        Summary = "The customer withdraws the complaint",
        Form = "Withdraw", Done = "The withdrawal was recorded.",
        Change = (c, r, x) => c.Withdraw(r.Reason!, x.By, x.Now),
    };

    public static readonly CaseStep<AssignRequest> Assign = new()
    {
        Action = CaseAction.Assign, Route = "assign", Policy = Policies.Assign, OperationId = "AssignComplaint",
        Summary = "Assign or reassign to a department and handler",
        Prepare = async (r, x) =>
        {
            var (department, handler) = await x.AssignmentTargetAsync(r);
            return c => c.Assign(department, handler, x.By, x.Now);
        },
    };

    /// <summary>Triage in one save: corrects the category and priority when they change, then assigns.</summary>
    public static readonly CaseStep<TriageRequest> Triage = new()
    {
        Action = CaseAction.Assign, Route = "triage", Policy = Policies.Assign, OperationId = "TriageComplaint",
        Summary = "Assign, correcting the category and priority in the same step",
        Prepare = async (r, x) =>
        {
            if (r.CategoryId is { } categoryId) await x.EnsureTriageCategoryAsync(categoryId);
            var (department, handler) = await x.AssignmentTargetAsync(new AssignRequest(r.DepartmentId, r.HandlerId));
            return c =>
            {
                var (category, priority) = (r.CategoryId ?? c.CategoryId, r.Priority ?? c.Priority);
                if (category != c.CategoryId || priority != c.Priority) c.Recategorize(category, priority, x.By, x.Now, x.Rules);
                c.Assign(department, handler, x.By, x.Now);
            };
        },
    };

    public static readonly CaseStep<EscalationDecisionRequest> DecideEscalation = new()
    {
        Action = CaseAction.DecideEscalation, Route = "escalation/decision", Policy = Policies.DecideEscalation,
        OperationId = "DecideComplaintEscalation", Summary = "A supervisor decides the pending escalation",
        Change = (c, r, x) => c.DecideEscalation(r.Decision!, x.By, x.Now),
    };

    /// <summary>The customer rates the handling on their own page; staff have no route for it.</summary>
    public static readonly CaseStep<SurveyRequest> AnswerSurvey = new()
    {
        Action = CaseAction.AnswerSurvey, Summary = "The customer rates the handling once the complaint is closed",
        Change = (c, r, x) => c.AnswerSurvey(r.Rating!.Value, r.Comment, x.By, x.Now),
    };

    public static readonly IReadOnlyList<CaseStep> All =
    [
        DecideExtension, Resume, Pause, RequestExtension, Take, Start, Resolve, GiveFeedback, Close, RecordStep, PromiseCallback,
        Escalate, Confirm, Appeal, Withdraw, Assign, Triage, DecideEscalation, AnswerSurvey,
    ];

    public static CaseStep? ByForm(string? form) =>
        All.FirstOrDefault(s => s.Form is not null && string.Equals(s.Form, form, StringComparison.OrdinalIgnoreCase));

    /// <summary>The policy of an action: the same for every entry that performs it (a test holds them together).</summary>
    public static string? PolicyOf(CaseAction action) => All.First(s => s.Action == action).Policy;
}
