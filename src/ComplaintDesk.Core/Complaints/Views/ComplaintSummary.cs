namespace ComplaintDesk.Complaints.Views;

/// <summary>One row of a complaint list.</summary>
public sealed record ComplaintSummary(
    long Id,
    string Number,
    ComplaintStatus Status,
    string CustomerName,
    Channel Channel,
    long CategoryId,
    Priority Priority,
    long? DepartmentId,
    long? HandlerId,
    string? HandlerName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt);
