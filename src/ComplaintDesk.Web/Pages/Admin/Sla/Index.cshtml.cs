using ComplaintDesk.Clocks;

namespace ComplaintDesk.Web.Pages.Admin.Sla;

/// <summary>
/// Which regulator's rules and which calendar new deadlines are computed with. Deadlines already set keep the rules
/// they were computed under; the page says so.
/// </summary>
public sealed class IndexModel(SlaAdministration sla, IStringLocalizer<IndexModel> text) : PageModel, IReloadOnError
{
    // Names the form's fields; the save handler binds its own argument.
    public SlaSettingsRequest Input { get; private set; } = new(null, null);
    public SlaSettingsView Settings { get; private set; } = null!;
    public IReadOnlyList<BusinessCalendar> Calendars { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        Input = new SlaSettingsRequest(Settings.ProfileCode, Settings.CalendarCode);
    }

    public async Task<IActionResult> OnPostAsync(SlaSettingsRequest input, CancellationToken ct)
    {
        var saved = await sla.SelectAsync(input, User.ToActor(), ct);
        Message = text["{0} is in force, with calendar {1}. New and re-categorised complaints get deadlines under these rules.",
            saved.ProfileName, saved.CalendarCode].Value;
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Settings = await sla.SettingsAsync(ct);
        Calendars = await sla.CalendarsAsync(ct);
    }
}
