namespace ComplaintDesk.Complaints.Views;

/// <summary>One row of a handler's queue.</summary>
public sealed record QueueItem(
    long Id,
    string Number,
    ComplaintStatus Status,
    string CustomerName,
    long CategoryId,
    Priority Priority,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ResponseDueAt,
    DeadlineState Deadline);

/// <summary>The whole queue at a glance, whatever page or filter is shown.</summary>
public sealed record QueueCounts(int Open, int Overdue, int DueSoon);
