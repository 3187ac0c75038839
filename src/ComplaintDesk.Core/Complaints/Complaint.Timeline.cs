using ComplaintDesk.Complaints.Timeline;

namespace ComplaintDesk.Complaints;

public sealed partial class Complaint
{
    /// <summary>
    /// Appends to the timeline and touches the complaint row, so every change (even a note) bumps the row version and
    /// two concurrent edits of one complaint cannot both succeed. The kind of entry follows from the details' type.
    /// </summary>
    private void Record(Actor by, DateTimeOffset now, ComplaintStatus? from, ComplaintStatus? to,
        ITimelineDetails details, bool customerVisible = false)
    {
        now = Clock.Normalize(now);
        var entry = new TimelineEvent(TimelineLength + 1, TimelineDetailsJson.EventTypeOf(details), now, by, from, to,
            TimelineDetailsJson.Write(details), customerVisible, TimelineHead);
        _timeline.Add(entry);
        TimelineLength = entry.Sequence;
        TimelineHead = entry.Hash;
        UpdatedAt = now;
    }
}
