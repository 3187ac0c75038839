using ComplaintDesk.Clocks;
using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Pages.Manager;

/// <summary>Management's landing page: a few live figures now, the dashboards later.</summary>
public sealed class IndexModel(OverviewQueries overview, ExtensionInbox extensions, BankClock bank) : PageModel
{
    public OverviewFigures Figures { get; private set; } = new(new Dictionary<ComplaintDesk.Complaints.ComplaintStatus, int>(), 0, 0);
    public DateTimeOffset WeekStart { get; private set; }
    /// <summary>Second extensions under the Chinese rules need a manager; they wait here, decided on the case page.</summary>
    public IReadOnlyList<PendingExtension> Extensions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        WeekStart = StartOfWeek(bank.Today);
        Figures = await overview.GetAsync(WeekStart, ct);
        Extensions = await extensions.PendingAsync(ct, Roles.Manager);
    }

    /// <summary>Monday 00:00 of the current week in the bank's time zone.</summary>
    private DateTimeOffset StartOfWeek(DateOnly today)
    {
        var sinceMonday = ((int)today.DayOfWeek + 6) % 7;
        return bank.StartOf(today.AddDays(-sinceMonday));
    }
}
