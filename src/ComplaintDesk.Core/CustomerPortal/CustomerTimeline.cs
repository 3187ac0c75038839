using ComplaintDesk.Complaints.Timeline;

namespace ComplaintDesk.CustomerPortal;

/// <summary>One entry of the timeline as the customer sees it: what happened, when, and who did it.</summary>
/// <param name="ActorName">The staff member (for an assignment: the handler now in charge); null for the customer's own steps.</param>
/// <param name="Text">The words the customer may read: a contact note, the result summary, their own reason or comment.</param>
/// <param name="DueAt">The expected decision date the entry set.</param>
public sealed record CustomerTimelineEntry(
    int Sequence, TimelineEventType Type, DateTimeOffset OccurredAt, bool ByCustomer,
    string? ActorName, string? ActorStaffNumber, string? Text, DateTimeOffset? DueAt, int? Rating);

/// <summary>
/// Which timeline entries the customer sees, and which of their fields. Escalations, re-categorisation, requested (not
/// yet granted) extensions, missed deadlines and internal notes stay inside the bank; so do the ids, departments and
/// root causes in the details of the entries that are shown.
/// </summary>
public static class CustomerTimeline
{
    private static readonly HashSet<TimelineEventType> Visible =
    [
        TimelineEventType.Registered, TimelineEventType.Assigned, TimelineEventType.HandlingStarted,
        TimelineEventType.StepRecorded, TimelineEventType.Resolved, TimelineEventType.FeedbackGiven,
        TimelineEventType.Confirmed, TimelineEventType.Appealed, TimelineEventType.Closed, TimelineEventType.Withdrawn,
        TimelineEventType.ClockPaused, TimelineEventType.ClockResumed, TimelineEventType.ExtensionDecided,
        TimelineEventType.SurveyAnswered,
    ];

    // Only contacts and findings the handler marked for the customer (internal notes are never marked), and only granted
    // extensions: a refused one changes nothing for the customer.
    private static readonly HashSet<TimelineEventType> OnlyIfMarkedVisible =
        [TimelineEventType.StepRecorded, TimelineEventType.ExtensionDecided];

    public static IReadOnlyList<CustomerTimelineEntry> From(IEnumerable<TimelineEvent> events) => events
        .Where(e => Visible.Contains(e.Type) && (!OnlyIfMarkedVisible.Contains(e.Type) || e.CustomerVisible))
        .OrderBy(e => e.Sequence)
        .Select(Entry)
        .ToList();

    private static CustomerTimelineEntry Entry(TimelineEvent e)
    {
        var details = e.ReadDetails();
        var byCustomer = e.ActorId == Actor.Customer.StaffId && e.ActorStaffNumber == Actor.Customer.StaffNumber;
        var (name, staffNumber) = details is AssignedDetails assigned
            ? (assigned.HandlerName, assigned.HandlerStaffNumber)
            : byCustomer ? (null, null) : (e.ActorName, e.ActorStaffNumber);
        var (text, dueAt) = Shown(details);
        return new CustomerTimelineEntry(e.Sequence, e.Type, e.OccurredAt, byCustomer, name, staffNumber, text, dueAt,
            (details as SurveyAnsweredDetails)?.Rating);
    }

    /// <summary>
    /// The words and the date the customer may read. A no-response closure shows no comment: it is the handler's note on
    /// the attempts to reach the customer.
    /// </summary>
    private static (string? Text, DateTimeOffset? DueAt) Shown(ITimelineDetails? details) => details switch
    {
        RegisteredDetails d => (null, d.ResponseDueAt),
        StepRecordedDetails d => (d.Text, null),
        ResolvedDetails d => (d.Outcome, null),
        FeedbackGivenDetails d => (d.Summary, null),
        ConfirmedDetails d => (d.Comment, null),
        AppealedDetails d => (d.Reason, null),
        WithdrawnDetails d => (d.Reason, null),
        ClockPausedDetails d => (d.Reason, null),
        ClockResumedDetails d => (null, d.ResponseDueAt),
        ExtensionDecidedDetails d => (d.Reason, d.ResponseDueAt),
        SurveyAnsweredDetails d => (d.Comment, null),
        _ => (null, null),
    };
}
