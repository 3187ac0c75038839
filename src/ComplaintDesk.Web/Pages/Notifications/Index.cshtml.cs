using ComplaintDesk.Notifications.InApp;

namespace ComplaintDesk.Web.Pages.Notifications;

/// <summary>The signed-in staff member's own notifications: read them, mark them read, open the case they are about.</summary>
public sealed class IndexModel(StaffInbox inbox) : PageModel, IReloadOnError
{
    public IReadOnlyList<StaffNotificationView> Notifications { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct) =>
        Notifications = await inbox.ListAsync(User.ToActor().StaffId, unreadOnly: false, ct);

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        await inbox.MarkReadAsync(User.ToActor().StaffId, id, ct);
        return RedirectToPage();
    }

    /// <summary>Marks it read and goes to the case, the usual way a notification is dealt with.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var read = await inbox.MarkReadAsync(User.ToActor().StaffId, id, ct);
        return read.ComplaintId is { } complaintId ? Redirect($"/complaints/{complaintId}") : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(User.ToActor().StaffId, ct);
        return RedirectToPage();
    }
}
