using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Intake;
using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Pages.Intake;

/// <summary>Counter intake: the form, the customer's earlier complaints as the phone or ID is typed, then the slip.</summary>
public sealed class NewModel(
    ComplaintRegistration registration, CustomerHistory history, ReferenceDataService reference, TimeDisplay time)
    : PageModel, IReloadOnError
{
    [BindProperty]
    public RegisterComplaintRequest Input { get; set; } = Blank;

    /// <summary>When a letter or referral arrived earlier than today; typed in the bank's time zone.</summary>
    [BindProperty]
    public DateTime? ReceivedAtLocal { get; set; }

    /// <summary>Issued with the form, so a double click or a resubmitted page registers one complaint, not two.</summary>
    [BindProperty]
    public string FormKey { get; set; } = "";

    public IReadOnlyList<ComplaintSummary> History { get; private set; } = [];
    public bool HistoryChecked { get; private set; }
    public IReadOnlyList<Category> Categories { get; private set; } = [];

    private static readonly RegisterComplaintRequest Blank =
        new(new CustomerInput(null, null, null, null, null), Channel.Counter, null, null, Priority.Normal, null, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        FormKey = Guid.NewGuid().ToString("N");
        await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = Input with { ReceivedAt = ReceivedAtLocal is { } local ? time.FromInput(local) : null };
        var key = FormKey is { Length: > 0 and <= 64 } ? "intake-form:" + FormKey : null;
        var result = await registration.RegisterAsync(request, User.ToActor(), key, ct);
        return Redirect($"/intake/slip/{result.Complaint.Id}");
    }

    /// <summary>The no-JavaScript way to see the history: a second submit button on the same form.</summary>
    [NoInputValidation]
    public async Task<IActionResult> OnPostHistoryAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await ReloadAsync(ct);
        HistoryChecked = true;
        return Page();
    }

    /// <summary>For the script on the page: just the history panel, fetched as the phone or ID is typed.</summary>
    [NoInputValidation]
    public async Task<IActionResult> OnPostHistoryPanelAsync(CancellationToken ct)
    {
        History = await history.FindAsync(Input.Customer?.Phone, Input.Customer?.NationalId, ct);
        HistoryChecked = true;
        return Partial("_History", this);
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Categories = (await reference.CategoriesAsync(ct)).Where(c => c.IsActive).ToList();
        History = await history.FindAsync(Input.Customer?.Phone, Input.Customer?.NationalId, ct);
    }
}
