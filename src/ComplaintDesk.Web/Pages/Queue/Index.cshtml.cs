using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Handling;
using ComplaintDesk.ReferenceData;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ComplaintDesk.Web.Pages.Queue;

/// <summary>The signed-in handler's open complaints, nearest deadline first; filters are a plain GET form.</summary>
public sealed class IndexModel(HandlerQueue queue, ReferenceDataService reference) : PageModel
{
    public static readonly ComplaintStatus[] OpenStatuses =
    [
        ComplaintStatus.Registered, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Resolved,
        ComplaintStatus.AwaitingConfirmation, ComplaintStatus.Reopened,
    ];

    private const int MaxSearchLength = 100;

    [BindProperty(SupportsGet = true)] public ComplaintStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public long? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Priority? Priority { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public Page<QueueItem> Items { get; private set; } = new([], null);
    public QueueCounts Counts { get; private set; } = new(0, 0, 0);
    public IReadOnlyDictionary<long, string> CategoryNames { get; private set; } = new Dictionary<long, string>();
    public IReadOnlyList<SelectListItem> CategoryOptions { get; private set; } = [];

    public bool Filtered => Status is not null || Category is not null || Priority is not null || !string.IsNullOrWhiteSpace(Q);
    public bool IsFirstPage => Cursor is null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.ToActor().StaffId;
        // A cursor that was edited by hand or outlived a filter change just starts the list again.
        if (Cursor is not null && !HandlerQueue.TryDecodeCursor(Cursor, out _, out _)) Cursor = null;
        var search = Q?.Trim() is { Length: > MaxSearchLength } text ? text[..MaxSearchLength] : Q?.Trim();
        Items = await queue.ListAsync(me, new QueueFilter(Status, Category, Priority, search, Cursor: Cursor), ct);
        Counts = await queue.CountAsync(me, ct);

        var categories = await reference.CategoriesAsync(ct);
        CategoryNames = categories.ToDictionary(c => c.Id, c => c.DisplayName());
        CategoryOptions = categories.Where(c => c.IsActive || c.Id == Category)
            .Select(c => new SelectListItem(c.DisplayName(), c.Id.ToString(), c.Id == Category))
            .ToList();
    }

    public string? NextPageUrl => Items.NextCursor is { } next ? PageUrl(next) : null;

    public string FirstPageUrl => PageUrl(null);

    private string PageUrl(string? cursor) =>
        Url.Page("/Queue/Index", new { Status, Category, Priority, Q, Cursor = cursor })!;
}
