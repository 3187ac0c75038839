using System.Text.Json;
using ComplaintDesk.Common;
using ComplaintDesk.Complaints;

namespace ComplaintDesk.CustomerAccess;

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
    private sealed record Shown(string? TextField = null, string? DueField = null, bool OnlyIfMarkedVisible = false);

    private static readonly Dictionary<TimelineEventType, Shown> Visible = new()
    {
        [TimelineEventType.Registered] = new(DueField: "responseDueAt"),
        [TimelineEventType.Assigned] = new(),
        [TimelineEventType.HandlingStarted] = new(),
        // Only contacts and findings the handler marked for the customer; internal notes are never marked.
        [TimelineEventType.StepRecorded] = new("text", OnlyIfMarkedVisible: true),
        [TimelineEventType.Resolved] = new("outcome"),
        [TimelineEventType.FeedbackGiven] = new("summary"),
        [TimelineEventType.Confirmed] = new("comment"),
        [TimelineEventType.Appealed] = new("reason"),
        // The closing comment is the handler's note on the attempts to reach the customer.
        [TimelineEventType.Closed] = new(),
        [TimelineEventType.Withdrawn] = new("reason"),
        [TimelineEventType.ClockPaused] = new("reason"),
        [TimelineEventType.ClockResumed] = new(DueField: "responseDueAt"),
        // A refused extension changes nothing for the customer.
        [TimelineEventType.ExtensionDecided] = new("reason", "responseDueAt", OnlyIfMarkedVisible: true),
        [TimelineEventType.SurveyAnswered] = new("comment"),
    };

    public static IReadOnlyList<CustomerTimelineEntry> From(IEnumerable<TimelineEvent> events) => events
        .Where(e => Visible.TryGetValue(e.Type, out var shown) && (!shown.OnlyIfMarkedVisible || e.CustomerVisible))
        .OrderBy(e => e.Sequence)
        .Select(Entry)
        .ToList();

    private static CustomerTimelineEntry Entry(TimelineEvent e)
    {
        var shown = Visible[e.Type];
        using var details = JsonDocument.Parse(e.Details);
        var d = details.RootElement;
        var byCustomer = e.ActorId == Actor.Customer.StaffId && e.ActorStaffNumber == Actor.Customer.StaffNumber;
        var (name, staffNumber) = e.Type == TimelineEventType.Assigned
            ? (String(d, "handlerName"), String(d, "handlerStaffNumber"))
            : byCustomer ? (null, null) : (e.ActorName, e.ActorStaffNumber);
        return new CustomerTimelineEntry(e.Sequence, e.Type, e.OccurredAt, byCustomer, name, staffNumber,
            shown.TextField is null ? null : String(d, shown.TextField),
            shown.DueField is not null && d.TryGetProperty(shown.DueField, out var due) && due.ValueKind == JsonValueKind.String
                ? due.GetDateTimeOffset() : null,
            e.Type == TimelineEventType.SurveyAnswered && d.TryGetProperty("rating", out var r) ? r.GetInt32() : null);
    }

    private static string? String(JsonElement details, string field) =>
        details.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
