using ComplaintDesk.Assignment;

namespace ComplaintDesk.Web.Pages.Supervision;

/// <summary>What the _Due partial shows; the rule is the one the team figures count with.</summary>
public sealed record DueCell(ComplaintStatus Status, DateTimeOffset DueAt, DateTimeOffset? PausedSince)
{
    public DueState? State(DateTimeOffset now, TimeSpan dueSoonWindow) => DueStates.Of(Status, DueAt, PausedSince, now, dueSoonWindow);
}
