using System.Text.Json;

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
    string Hash);

/// <param name="Intact">False when the hash chain does not verify, i.e. a stored entry was altered or removed.</param>
public sealed record TimelineView(long ComplaintId, string Number, bool Intact, int? FirstBrokenEntry, IReadOnlyList<TimelineEntryView> Entries);
