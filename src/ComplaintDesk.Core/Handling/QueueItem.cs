using ComplaintDesk.Clocks;

namespace ComplaintDesk.Handling;

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
    /// <summary>The nearest running deadline, which orders the queue.</summary>
    DateTimeOffset NextDueAt,
    bool Paused,
    /// <summary>Working time left until <see cref="NextDueAt"/> on the calendar in force, in seconds; negative when late.</summary>
    long WorkingSecondsLeft,
    DeadlineState Deadline);

/// <summary>The whole queue at a glance, whatever page or filter is shown.</summary>
/// <param name="BrokenCallbacks">Open complaints with a broken call-back promise and no contact with the customer since.</param>
public sealed record QueueCounts(int Open, int Overdue, int DueSoon, int BrokenCallbacks = 0);
