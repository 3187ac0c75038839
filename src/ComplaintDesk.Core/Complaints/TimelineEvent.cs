using System.Security.Cryptography;
using System.Text;
using ComplaintDesk.Complaints.Timeline;

namespace ComplaintDesk.Complaints;

/// <summary>
/// An immutable entry on a complaint's timeline. Each entry's hash covers the previous entry's hash, so an edited or
/// deleted row breaks the chain (see <see cref="TimelineVerifier"/>); the database also refuses UPDATE and DELETE.
/// </summary>
public sealed class TimelineEvent
{
    private TimelineEvent() { }

    internal TimelineEvent(
        int sequence, TimelineEventType type, DateTimeOffset occurredAt, Common.Actor actor,
        ComplaintStatus? fromStatus, ComplaintStatus? toStatus, string details, bool customerVisible, string previousHash)
    {
        Sequence = sequence;
        Type = type;
        OccurredAt = occurredAt;
        ActorId = actor.StaffId;
        ActorName = actor.Name;
        ActorStaffNumber = actor.StaffNumber;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Details = details;
        CustomerVisible = customerVisible;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public int Sequence { get; private set; }
    public TimelineEventType Type { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public long ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string ActorStaffNumber { get; private set; } = "";
    public ComplaintStatus? FromStatus { get; private set; }
    public ComplaintStatus? ToStatus { get; private set; }
    /// <summary>JSON object with the step's own fields, stored verbatim so the hash can be recomputed.</summary>
    public string Details { get; private set; } = "{}";
    public bool CustomerVisible { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    /// <summary>The details as the record of this kind of entry; null when the stored text was altered out of its shape.</summary>
    public ITimelineDetails? ReadDetails() => TimelineDetailsJson.Read(Type, Details);

    public string ComputeHash()
    {
        var canonical = string.Join('|',
            PreviousHash, Sequence, Type, OccurredAt.UtcTicks, ActorId, ActorName, ActorStaffNumber,
            FromStatus, ToStatus, CustomerVisible, Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
