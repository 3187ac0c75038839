using ComplaintDesk.Clocks;

namespace ComplaintDesk.FollowUp;

/// <summary>
/// Follow-up discipline, applied to one complaint by each pass of the deadline monitor: reminders before a call-back
/// promise falls due, promises nobody kept marked broken, and re-contact reminders (then closure for no response) when
/// the customer does not answer the result.
/// </summary>
public static class FollowUpChecks
{
    public static MonitorPass Apply(Complaint complaint, SlaOptions options, Actor monitor, DateTimeOffset now)
    {
        var reminders = 0;
        foreach (var step in complaint.Steps.Where(s =>
                     s.IsOpenPromise && s.ReminderQueuedAt is null && s.DueAt - options.CallbackReminderLead <= now).ToList())
        {
            complaint.RemindCallback(step.Id, now);
            reminders++;
        }
        var broken = 0;
        foreach (var step in complaint.PromisesToMarkBroken(options.CallbackGrace, now))
        {
            complaint.MarkCallbackBroken(step.Id, options.CallbackGrace, monitor, now);
            broken++;
        }
        var followUp = complaint.FollowUpDue(options.FollowUp, now);
        if (followUp == FollowUpAction.Remind) complaint.RemindToRecontact(options.FollowUp, monitor, now);
        else if (followUp == FollowUpAction.Close) complaint.CloseForNoResponse(monitor, now);
        return MonitorPass.None with
        {
            CallbackReminders = reminders,
            BrokenCallbacks = broken,
            RecontactReminders = followUp == FollowUpAction.Remind ? 1 : 0,
            ClosedForNoResponse = followUp == FollowUpAction.Close ? 1 : 0,
        };
    }
}
