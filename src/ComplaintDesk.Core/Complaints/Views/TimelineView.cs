using System.Text.Json;
using ComplaintDesk.Complaints.Timeline;

namespace ComplaintDesk.Complaints.Views;

public sealed record TimelineEntryView(
    int Sequence,
    TimelineEventType Type,
    DateTimeOffset OccurredAt,
    string ActorName,
    string ActorStaffNumber,
    ComplaintStatus? FromStatus,
    ComplaintStatus? ToStatus,
    JsonElement Details,
    bool CustomerVisible,
    string Hash)
{
    /// <summary>The details as the record of this kind of entry; null when the stored text was altered out of its shape.</summary>
    public ITimelineDetails? ReadDetails() => TimelineDetailsJson.Read(Type, Details.GetRawText());
}

/// <param name="Intact">False when the hash chain does not verify, i.e. a stored entry was altered or removed.</param>
public sealed record TimelineView(long ComplaintId, string Number, bool Intact, int? FirstBrokenEntry, IReadOnlyList<TimelineEntryView> Entries);
