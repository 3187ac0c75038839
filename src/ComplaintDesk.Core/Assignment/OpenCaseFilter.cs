namespace ComplaintDesk.Assignment;

public enum DueState { Overdue, DueSoon }

/// <summary>
/// Which open complaints a supervisor's list shows. <see cref="AwaitingTriage"/> selects the triage queue: new and
/// reopened complaints, and any open one still "Unclassified". The other fields narrow the list the team page links to.
/// </summary>
public sealed record OpenCaseFilter(
    bool AwaitingTriage = false,
    long? HandlerId = null,
    long? DepartmentId = null,
    bool UnownedOnly = false,
    DueState? Due = null,
    int Limit = OpenCaseFilter.DefaultLimit,
    string? Cursor = null)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;
}

public sealed record OpenCaseRow(
    long Id,
    string Number,
    Complaints.ComplaintStatus Status,
    uint Version,
    string CustomerName,
    Complaints.Channel Channel,
    long CategoryId,
    Complaints.Priority Priority,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset? PausedSince,
    long? DepartmentId,
    string? HandlerName,
    string? HandlerStaffNumber);

public static class DueStates
{
    /// <summary>Overdue or due soon as <see cref="Complaints.ComplaintRules"/> defines them; null otherwise.</summary>
    public static DueState? Of(Complaints.ComplaintStatus status, DateTimeOffset dueAt, DateTimeOffset? pausedSince, DateTimeOffset now,
        TimeSpan dueSoonWindow) => Complaints.ComplaintRules.State(status, dueAt, pausedSince, now, dueSoonWindow) switch
    {
        Clocks.DeadlineState.Overdue => DueState.Overdue,
        Clocks.DeadlineState.DueSoon => DueState.DueSoon,
        _ => null,
    };
}
