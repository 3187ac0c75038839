namespace ComplaintDesk.Reports;

/// <summary>One complaint in a drill-down or top-N list; no customer contact data, managers read those on the case page.</summary>
public sealed record ReportRow(
    long Id,
    string Number,
    ComplaintStatus Status,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    string CategoryCode,
    string CategoryName,
    string CategoryNameEn,
    long? DepartmentId,
    string? AssigneeName,
    string? AssigneeStaffNumber,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset? ClosedAt,
    int? Rating);

/// <summary>A keyset page of a figure's complaints; <see cref="Total"/> is the whole list's length, the figure's count.</summary>
public sealed record ReportRowsPage(IReadOnlyList<ReportRow> Items, string? NextCursor, long Total);
