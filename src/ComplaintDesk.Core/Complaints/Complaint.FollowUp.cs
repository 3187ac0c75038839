using ComplaintDesk.Complaints.Timeline;
using ComplaintDesk.FollowUp;

namespace ComplaintDesk.Complaints;

/// <summary>
/// Follow-up discipline after the customer was told the result, and for call-back promises: the deadline monitor
/// reminds the handler to re-contact a customer who has not answered, closes the complaint for no response after the
/// last reminder, and marks promises nobody kept as broken.
/// </summary>
public sealed partial class Complaint
{
    /// <summary>Re-contact reminders sent since the current result was given.</summary>
    public int RecontactReminders { get; private set; }
    public DateTimeOffset? LastRecontactReminderAt { get; private set; }

    /// <summary>What the follow-up rules ask for now: nothing, another reminder to the handler, or the closure.</summary>
    public FollowUpAction FollowUpDue(FollowUpRules rules, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.AwaitingConfirmation || Feedback is null) return FollowUpAction.None;
        var since = RemindersThisRound > 0 ? LastRecontactReminderAt!.Value : Feedback.GivenAt;
        if (Clock.Normalize(now) < since + rules.RecontactAfter) return FollowUpAction.None;
        return RemindersThisRound < rules.RecontactAttempts ? FollowUpAction.Remind : FollowUpAction.Close;
    }

    /// <param name="rules">For the time by which the handler should have tried again (the next follow-up).</param>
    public void RemindToRecontact(FollowUpRules rules, Actor monitor, DateTimeOffset now)
    {
        Require("remind the handler to re-contact the customer of", Status == ComplaintStatus.AwaitingConfirmation && Feedback is not null);
        now = Clock.Normalize(now);
        RecontactReminders = RemindersThisRound + 1;
        LastRecontactReminderAt = now;
        Record(monitor, now, Status, Status, new RecontactRemindedDetails(RecontactReminders, Feedback!.GivenAt), customerVisible: false);
        Notify(NoticeTemplates.RecontactReminder, NoticeAudience.Owner,
            $"recontact:{Id}:{Feedback.GivenAt.ToUnixTimeSeconds()}:{RecontactReminders}",
            ("reminder", RecontactReminders.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("feedbackGivenAt", Iso(Feedback.GivenAt)), ("dueAt", Iso(now + rules.RecontactAfter)),
            ("customerName", Customer.Name), ("deadline", Iso(ResponseDueAt)));
    }

    /// <summary>The customer never answered the result, after every re-contact reminder: the desk closes the complaint.</summary>
    public void CloseForNoResponse(Actor monitor, DateTimeOffset now)
    {
        Require("close for no response", Status == ComplaintStatus.AwaitingConfirmation && Feedback is not null);
        now = Clock.Normalize(now);
        var comment = $"Closed automatically: no answer from the customer after {RecontactReminders} re-contact reminders.";
        Closure = new Closure(ClosureReason.NoResponse, null, comment, now);
        Move(ComplaintStatus.Closed, monitor, now,
            new ClosedDetails(ClosureReason.NoResponse, comment, Automatic: true, Reminders: RecontactReminders), customerVisible: true);
        NotifyClosed();
    }

    /// <summary>Open call-back promises whose time and grace have passed: the monitor marks each broken.</summary>
    public IReadOnlyList<HandlingStep> PromisesToMarkBroken(TimeSpan grace, DateTimeOffset now) =>
        IsOpen ? _steps.Where(s => s.IsOpenPromise && s.DueAt + grace < now).ToList() : [];

    public void MarkCallbackBroken(long stepId, TimeSpan grace, Actor monitor, DateTimeOffset now)
    {
        now = Clock.Normalize(now);
        var step = _steps.FirstOrDefault(s => s.Id == stepId && s.Kind == HandlingStepKind.CallbackPromise)
            ?? throw new NotFoundException("Call-back promise", stepId);
        if (!step.IsOpenPromise || step.DueAt + grace >= now)
            throw new IllegalTransitionException("mark as broken the call-back promise of", Status.ToString(),
                "Only a call-back promise that is past its time and was not kept can be marked broken.");
        step.MarkBroken(now);
        Record(monitor, now, Status, Status, new CallbackBrokenDetails(stepId, step.DueAt, step.Text), customerVisible: false);
        foreach (var audience in new[] { NoticeAudience.Owner, NoticeAudience.DepartmentSupervisors })
            Notify(NoticeTemplates.CallbackBroken, audience, $"callback-broken:{step.Id}:{audience}",
                ("dueAt", Iso(step.DueAt!.Value)), ("text", step.Text), ("customerName", Customer.Name));
    }

    /// <summary>A contact with the customer keeps every promise still open.</summary>
    private void KeepPromises(DateTimeOffset now)
    {
        foreach (var step in _steps.Where(s => s.IsOpenPromise)) step.MarkKept(now);
    }

    /// <summary>A new result starts a new round of reminders.</summary>
    private int RemindersThisRound =>
        Feedback is { } f && LastRecontactReminderAt is { } last && last >= f.GivenAt ? RecontactReminders : 0;
}
