using System.Text.Encodings.Web;
using System.Text.Json;
using ComplaintDesk.Common;

namespace ComplaintDesk.Complaints;

public sealed partial class Complaint
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>
    /// Appends to the timeline and touches the complaint row, so every change (even a note) bumps the row version and
    /// two concurrent edits of one complaint cannot both succeed.
    /// </summary>
    private void Record(TimelineEventType type, Actor by, DateTimeOffset now, ComplaintStatus? from, ComplaintStatus? to,
        object details, bool customerVisible = false)
    {
        now = Clock.Normalize(now);
        var entry = new TimelineEvent(TimelineLength + 1, type, now, by, from, to,
            JsonSerializer.Serialize(details, details.GetType(), DetailsJson), customerVisible, TimelineHead);
        _timeline.Add(entry);
        TimelineLength = entry.Sequence;
        TimelineHead = entry.Hash;
        UpdatedAt = now;
    }
}
