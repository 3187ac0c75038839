namespace ComplaintDesk.Complaints.Timeline;

/// <summary>
/// The step's own fields on a timeline entry: one sealed record per <see cref="TimelineEventType"/>, stored as JSON by
/// <see cref="TimelineDetailsJson"/>. Fields added after a kind of entry was first written are nullable, so entries
/// written before them read back with null.
/// </summary>
public interface ITimelineDetails
{
    /// <summary>
    /// A copy with phone, ID and card numbers masked in the free text (notes, reasons, comments), for roles that must not
    /// see them; details without free text are returned as they are.
    /// </summary>
    ITimelineDetails MaskPersonalData() => this;
}
