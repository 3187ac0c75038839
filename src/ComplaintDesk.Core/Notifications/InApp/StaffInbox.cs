namespace ComplaintDesk.Notifications.InApp;

public sealed record StaffNotificationView(long Id, long? ComplaintId, string Subject, string Body, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt)
{
    public static StaffNotificationView From(StaffNotification n) => new(n.Id, n.ComplaintId, n.Subject, n.Body, n.CreatedAt, n.ReadAt);
}

/// <summary>
/// One staff member's in-app notifications. Only one's own: someone else's notification reads as not found, so ids
/// reveal nothing.
/// </summary>
public sealed class StaffInbox(ComplaintDbContext db, TimeProvider clock)
{
    /// <summary>Newest first; the inbox is a work list, not an archive.</summary>
    public const int PageSize = 100;

    public async Task<IReadOnlyList<StaffNotificationView>> ListAsync(long staffId, bool unreadOnly, CancellationToken ct) =>
        await db.StaffNotifications.AsNoTracking()
            .Where(n => n.StaffId == staffId && (!unreadOnly || n.ReadAt == null))
            .OrderByDescending(n => n.Id).Take(PageSize)
            .Select(n => new StaffNotificationView(n.Id, n.ComplaintId, n.Subject, n.Body, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);

    public Task<int> UnreadCountAsync(long staffId, CancellationToken ct) =>
        db.StaffNotifications.CountAsync(n => n.StaffId == staffId && n.ReadAt == null, ct);

    public async Task<StaffNotificationView> MarkReadAsync(long staffId, long id, CancellationToken ct)
    {
        var notification = await db.StaffNotifications.FirstOrDefaultAsync(n => n.Id == id && n.StaffId == staffId, ct)
            ?? throw new NotFoundException("Notification", id);
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return StaffNotificationView.From(notification);
    }

    /// <returns>How many were unread.</returns>
    public Task<int> MarkAllReadAsync(long staffId, CancellationToken ct)
    {
        var now = Clock.Normalize(clock.GetUtcNow());
        return db.StaffNotifications.Where(n => n.StaffId == staffId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }
}
