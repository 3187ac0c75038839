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
        // Reading only (numbers are written as numbers either way): a string where a number belongs is an altered entry.
        NumberHandling = JsonNumberHandling.Strict,
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

    /// <summary>
    /// Fields the entry lacks (written by an older version) read as null; fields the record does not have are ignored.
    /// Null when the text is not the record's shape at all: an entry altered in the database, which the hash chain
    /// reports, still shows on the timeline.
    /// </summary>
    public static ITimelineDetails? Read(TimelineEventType type, string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, Types[type], Options) as ITimelineDetails;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
