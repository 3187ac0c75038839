namespace ComplaintDesk.Assignment;

/// <summary>Open complaints a handler owns; <see cref="IsActive"/> is false for someone who left but still holds cases.</summary>
public sealed record HandlerLoad(long StaffId, string Name, string StaffNumber, bool IsActive, int Open, int Overdue, int DueSoon);

/// <summary>Open complaints routed to a department that no handler owns yet.</summary>
public sealed record DepartmentBacklog(long DepartmentId, string Name, int Unowned, int Overdue, int DueSoon);

/// <param name="Unrouted">Open complaints with neither a department nor a handler: the triage queue's new arrivals.</param>
public sealed record TeamLoad(
    IReadOnlyList<HandlerLoad> Handlers,
    IReadOnlyList<DepartmentBacklog> Departments,
    int Unrouted,
    DateTimeOffset At);
