using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ComplaintDesk.Complaints.Timeline;

/// <summary>
/// The one mapping between a kind of timeline entry and its details record, and the JSON both are stored as. The text
/// is hashed into the entry, so these options must keep writing exactly what stored timelines hold (web casing, enums by
/// name, readable Chinese text); <c>TimelineDetailsJsonTests</c> pins it byte for byte.
/// </summary>
public static class TimelineDetailsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Dictionary<TimelineEventType, Type> Types = new()
    {
        [TimelineEventType.Registered] = typeof(RegisteredDetails),
        [TimelineEventType.Assigned] = typeof(AssignedDetails),
        [TimelineEventType.HandlingStarted] = typeof(HandlingStartedDetails),
        [TimelineEventType.StepRecorded] = typeof(StepRecordedDetails),
        [TimelineEventType.Resolved] = typeof(ResolvedDetails),
        [TimelineEventType.FeedbackGiven] = typeof(FeedbackGivenDetails),
        [TimelineEventType.Confirmed] = typeof(ConfirmedDetails),
        [TimelineEventType.Appealed] = typeof(AppealedDetails),
        [TimelineEventType.Closed] = typeof(ClosedDetails),
        [TimelineEventType.Withdrawn] = typeof(WithdrawnDetails),
        [TimelineEventType.Escalated] = typeof(EscalatedDetails),
        [TimelineEventType.EscalationDecided] = typeof(EscalationDecidedDetails),
        [TimelineEventType.Recategorized] = typeof(RecategorizedDetails),
        [TimelineEventType.ClockPaused] = typeof(ClockPausedDetails),
        [TimelineEventType.ClockResumed] = typeof(ClockResumedDetails),
        [TimelineEventType.ExtensionRequested] = typeof(ExtensionRequestedDetails),
        [TimelineEventType.ExtensionDecided] = typeof(ExtensionDecidedDetails),
        [TimelineEventType.DeadlineMissed] = typeof(DeadlineMissedDetails),
        [TimelineEventType.SurveyAnswered] = typeof(SurveyAnsweredDetails),
        [TimelineEventType.RecontactReminded] = typeof(RecontactRemindedDetails),
        [TimelineEventType.CallbackBroken] = typeof(CallbackBrokenDetails),
    };

    private static readonly Dictionary<Type, TimelineEventType> Kinds = Types.ToDictionary(p => p.Value, p => p.Key);

    public static Type DetailsTypeOf(TimelineEventType type) => Types[type];

    public static TimelineEventType EventTypeOf(ITimelineDetails details) => Kinds[details.GetType()];

    public static string Write(ITimelineDetails details) => JsonSerializer.Serialize(details, details.GetType(), Options);

    public static JsonObject ToNode(ITimelineDetails details) =>
        JsonSerializer.SerializeToNode(details, details.GetType(), Options)!.AsObject();

    /// <summary>Fields the entry lacks (written by an older version) read as null; fields the record no longer has are ignored.</summary>
    public static ITimelineDetails Read(TimelineEventType type, string json) =>
        (ITimelineDetails)JsonSerializer.Deserialize(json, Types[type], Options)!;

    /// <inheritdoc cref="Read(TimelineEventType, string)"/>
    public static ITimelineDetails Read(TimelineEventType type, JsonElement json) =>
        (ITimelineDetails)json.Deserialize(Types[type], Options)!;
}
