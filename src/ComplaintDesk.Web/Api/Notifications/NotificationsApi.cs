using ComplaintDesk.Notifications.InApp;

namespace ComplaintDesk.Web.Api.Notifications;

/// <summary>
/// The caller's own in-app notifications (what the bell counts). Every staff member has an inbox; nobody reads or
/// marks another's: someone else's notification id answers 404.
/// </summary>
public static class NotificationsApi
{
    public sealed record MarkedAllRead(int Marked);

    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/notifications").WithTags("Notifications")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        inbox.MapGet("/", async (bool? unreadOnly, HttpContext http, StaffInbox s, CancellationToken ct) =>
                TypedResults.Ok(await s.ListAsync(http.User.ToActor().StaffId, unreadOnly ?? false, ct)))
            .WithName("ListNotifications")
            .WithSummary("The caller's notifications, newest first (at most 100); unreadOnly=true leaves out those already read");
        inbox.MapPost("/{id:long}/read", async (long id, HttpContext http, StaffInbox s, CancellationToken ct) =>
                TypedResults.Ok(await s.MarkReadAsync(http.User.ToActor().StaffId, id, ct)))
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of the caller's notifications read").ProducesProblem(StatusCodes.Status404NotFound);
        inbox.MapPost("/read-all", async (HttpContext http, StaffInbox s, CancellationToken ct) =>
                TypedResults.Ok(new MarkedAllRead(await s.MarkAllReadAsync(http.User.ToActor().StaffId, ct))))
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark all the caller's notifications read; answers how many were unread");
    }
}
