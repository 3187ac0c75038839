using ComplaintDesk.Notifications;

namespace ComplaintDesk.Web.Pages.Admin.Outbox;

/// <summary>Messages the dispatcher gave up on (parked) or is still retrying, and the resend button for parked ones.</summary>
public sealed class IndexModel(OutboxAdministration outbox, IStringLocalizer<IndexModel> text) : PageModel, IReloadOnError
{
    /// <summary>The status shown; none shows every message. The page opens on the parked ones.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public OutboxStatus? Filter => Enum.TryParse<OutboxStatus>(Status, out var s) ? s : null;
    public IReadOnlyList<OutboxEntry> Messages { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status ??= nameof(OutboxStatus.Parked);
        await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostResendAsync(long id, CancellationToken ct)
    {
        try
        {
            await outbox.ResendAsync(id, User.ToActor(), ct);
        }
        catch (IllegalTransitionException)
        {
            ModelState.AddModelError("", text["Only a parked message can be resent; this one is already queued or sent."]);
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError("", text["The message could not be found."]);
        }
        if (!ModelState.IsValid)
        {
            await ReloadAsync(ct);
            return Page();
        }
        Message = text["Message {0} is queued again and will be sent on the next dispatcher pass.", id].Value;
        return RedirectToPage(new { status = Status });
    }

    public async Task ReloadAsync(CancellationToken ct) =>
        Messages = await outbox.ListAsync(Filter, OutboxAdministration.MaxListed, ct);
}
