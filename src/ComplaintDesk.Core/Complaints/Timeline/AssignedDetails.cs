namespace ComplaintDesk.Complaints.Timeline;

/// <summary>No handler: the complaint waits in the department's queue.</summary>
public sealed record AssignedDetails(long DepartmentId, long? HandlerId, string? HandlerName, string? HandlerStaffNumber)
    : ITimelineDetails;
