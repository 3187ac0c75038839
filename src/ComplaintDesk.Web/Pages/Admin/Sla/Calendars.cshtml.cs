using System.Text.RegularExpressions;
using ComplaintDesk.Clocks;

namespace ComplaintDesk.Web.Pages.Admin.Sla;

/// <summary>The working calendars deadlines can be counted on; a new one starts with a working week and no special days.</summary>
public sealed partial class CalendarsModel(SlaAdministration sla, IStringLocalizer<CalendarsModel> text, BankClock bank)
    : PageModel, IReloadOnError, ICalendarForm
{
    public const string CodeField = "code";

    // Names the form's fields (a new calendar starts in the bank's zone); the add handler binds its own argument.
    public CalendarRequest Input { get; private set; } =
        new(null, bank.Zone.Id, new TimeOnly(9, 0), new TimeOnly(17, 0), [1, 2, 3, 4, 5]);
    public IReadOnlyList<BusinessCalendar> Calendars { get; private set; } = [];
    public string InForce { get; private set; } = "";
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await ReloadAsync(ct);

    public bool Works(int isoWeekday) => Request.HasFormContentType
        ? Request.Form["Input.WorkingWeekdays"].Contains(isoWeekday.ToString())
        : Input.WorkingWeekdays?.Contains(isoWeekday) == true;

    public async Task<IActionResult> OnPostAsync(string? code, CalendarRequest input, CancellationToken ct)
    {
        if (code is null || !CodePattern().IsMatch(code))
        {
            ModelState.AddModelError(CodeField, text["Give 2 to 16 capital letters, digits, dashes or underscores."]);
            await ReloadAsync(ct);
            return Page();
        }
        BusinessCalendar saved;
        try
        {
            saved = await sla.CreateCalendarAsync(code, input, ct);
        }
        catch (DuplicateException)
        {
            ModelState.AddModelError(CodeField, text["A calendar with this code already exists."]);
            await ReloadAsync(ct);
            return Page();
        }
        Message = text["Calendar {0} was added. Add its holidays and make-up working days next.", saved.Code].Value;
        return RedirectToPage("/Admin/Sla/Calendar", new { code = saved.Code });
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Calendars = await sla.CalendarsAsync(ct);
        InForce = (await sla.SettingsAsync(ct)).CalendarCode;
    }

    [GeneratedRegex("^[A-Z0-9_-]{2,16}$")]
    private static partial Regex CodePattern();
}
