namespace ComplaintDesk.Complaints.Views;

/// <summary>A keyset page: pass <see cref="NextCursor"/> back to get the following page; null means there is none.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
