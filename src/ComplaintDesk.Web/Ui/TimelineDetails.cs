using System.Text.Json;
using ComplaintDesk.Common;
using ComplaintDesk.Complaints;
using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Ui;

/// <param name="Timeline">The entries and whether their hash chain verifies.</param>
/// <param name="ChangedAfter">Entries after this sequence arrived while the user was looking: they are highlighted.</param>
/// <param name="Mask">Free text is shown with long digit runs masked, for roles that must not see personal data.</param>
public sealed record TimelineModel(TimelineView Timeline, int? ChangedAfter, bool Mask);

/// <summary>The key facts of a timeline entry as label/value pairs, in the page's language.</summary>
public sealed class TimelineDetails(IStringLocalizer<SharedResource> s, TimeDisplay time, bool mask)
{
    public IEnumerable<(string Label, string Value)> Of(TimelineEntryView e)
    {
        var d = e.Details;
        (string, string)[] pairs = e.Type switch
        {
            TimelineEventType.Registered => [(L("Channel"), Enum<Channel>(d, "channel")), (L("Priority"), Enum<Priority>(d, "priority")),
                (L("Response due"), When(d, "responseDueAt"))],
            TimelineEventType.Assigned => [(L("Handler"), Person(d, "handlerName", "handlerStaffNumber"))],
            TimelineEventType.StepRecorded => [(L("Kind"), Enum<HandlingStepKind>(d, "kind")), (L("Text"), Text(d, "text")),
                (L("Due At"), When(d, "dueAt"))],
            TimelineEventType.Resolved => [(L("Outcome"), Text(d, "outcome")), (L("Upheld"), YesNo(d, "upheld")),
                (L("Redress Amount"), Raw(d, "redressAmount"))],
            TimelineEventType.FeedbackGiven => [(L("Channel"), Enum<FeedbackChannel>(d, "channel")), (L("Summary"), Text(d, "summary"))],
            TimelineEventType.Confirmed => [(L("Customer Satisfied"), YesNo(d, "customerSatisfied")), (L("Comment"), Text(d, "comment"))],
            TimelineEventType.Appealed or TimelineEventType.Withdrawn => [(L("Reason"), Text(d, "reason"))],
            TimelineEventType.Closed => [(L("Comment"), Text(d, "comment"))],
            TimelineEventType.Escalated => [(L("Problem"), Text(d, "problem")), (L("Urgency"), Enum<Priority>(d, "urgency"))],
            TimelineEventType.EscalationDecided => [(L("Decision"), Text(d, "decision"))],
            _ => [],
        };
        return pairs.Where(p => p.Item2.Length > 0);
    }

    private string L(string key) => s[key];

    private static string? Get(JsonElement d, string name) =>
        d.ValueKind == JsonValueKind.Object && d.TryGetProperty(name, out var v) && v.ValueKind is not JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;

    private string Text(JsonElement d, string name) => Get(d, name) is { } v ? mask ? PersonalData.MaskDigitsIn(v) : v : "";

    private static string Raw(JsonElement d, string name) => Get(d, name) ?? "";

    private string Enum<T>(JsonElement d, string name) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(Get(d, name), out var value) ? s.Enum(value) : "";

    private string When(JsonElement d, string name) =>
        DateTimeOffset.TryParse(Get(d, name), out var at) ? time.Format(at) : "";

    private string YesNo(JsonElement d, string name) => Get(d, name) switch
    {
        "true" => L("Yes"),
        "false" => L("No"),
        _ => "",
    };

    private string Person(JsonElement d, string name, string number) =>
        Get(d, name) is { } who ? s["{0} (staff no. {1})", who, Get(d, number) ?? ""] : L("Department queue (no handler yet)");
}
