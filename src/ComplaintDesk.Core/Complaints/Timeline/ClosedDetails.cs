using System.Text.Json.Serialization;

namespace ComplaintDesk.Complaints.Timeline;

/// <summary>Closed without the customer's answer: by the handler, or by the deadline monitor after its reminders.</summary>
/// <param name="Automatic">Only on the monitor's closure; the handler's closure has neither this nor <paramref name="Reminders"/>.</param>
public sealed record ClosedDetails(
    ClosureReason Reason,
    string? Comment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Automatic = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Reminders = null) : ITimelineDetails
{
    public ITimelineDetails MaskPersonalData() => this with { Comment = FreeText.Mask(Comment) };
}
