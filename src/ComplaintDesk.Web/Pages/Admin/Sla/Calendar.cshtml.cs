using ComplaintDesk.Clocks;

namespace ComplaintDesk.Web.Pages.Admin.Sla;

/// <summary>
/// One calendar: its working week, and a year's holidays and make-up working days (调休). The week form posts the
/// version it was shown, so an edit made meanwhile is shown as a conflict instead of being overwritten.
/// </summary>
public sealed class CalendarModel(SlaAdministration sla, BankClock bank,
    IStringLocalizer<CalendarModel> text, IStringLocalizer<SharedResource> shared) : PageModel, IReloadOnError, ICalendarForm
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    // Name the forms' fields; each handler binds its own argument.
    public CalendarRequest Input { get; private set; } = new(null, null, null, null, null);
    public CalendarDayRequest Day { get; private set; } = new(null, null, null);

    public BusinessCalendar Calendar { get; private set; } = null!;
    public int ShownYear { get; private set; }
    public IReadOnlyList<BusinessCalendarDay> DaysOfYear { get; private set; } = [];
    /// <summary>Years with special days, and the shown one, for the year links.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    private string PostedHandler => Request.Query["handler"].ToString();

    public bool Works(int isoWeekday) => Request.HasFormContentType && PostedHandler == "Save"
        ? Request.Form["Input.WorkingWeekdays"].Contains(isoWeekday.ToString())
        : Input.WorkingWeekdays?.Contains(isoWeekday) == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await ReloadAsync(ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Input = new CalendarRequest(Calendar.Name, Calendar.TimeZone, Calendar.DayStart, Calendar.DayEnd, Calendar.WorkingWeekdays);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CalendarRequest input, uint version, CancellationToken ct)
    {
        Input = input;
        try
        {
            await sla.UpdateCalendarAsync(Code, input, version, ct);
        }
        catch (ConcurrencyConflictException)
        {
            SettingsConflict.Show(ModelState, shared);
            await ReloadAsync(ct);
            return Page();
        }
        Message = text["Calendar {0} was saved.", Code].Value;
        return RedirectToPage(new { code = Code, year = Year });
    }

    public async Task<IActionResult> OnPostDayAsync(CalendarDayRequest day, CancellationToken ct)
    {
        Day = day;
        await sla.SetDayAsync(Code, day, ct);
        Message = text["{0} was recorded as {1}.", day.Date!.Value.ToString("yyyy-MM-dd"), day.Name!].Value;
        return RedirectToPage(new { code = Code, year = day.Date!.Value.Year });
    }

    public async Task<IActionResult> OnPostRemoveDayAsync(DateOnly date, CancellationToken ct)
    {
        await sla.RemoveDayAsync(Code, date, ct);
        Message = text["{0} is an ordinary day again.", date.ToString("yyyy-MM-dd")].Value;
        return RedirectToPage(new { code = Code, year = date.Year });
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Calendar = await sla.CalendarAsync(Code, ct);
        ShownYear = Year ?? bank.Today.Year;
        DaysOfYear = [.. Calendar.Days.Where(d => d.Date.Year == ShownYear).OrderBy(d => d.Date)];
        Years = [.. Calendar.Days.Select(d => d.Date.Year).Append(ShownYear).Distinct().Order()];
    }
}
