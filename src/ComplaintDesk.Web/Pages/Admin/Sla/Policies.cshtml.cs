using ComplaintDesk.Clocks;
using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Pages.Admin.Sla;

/// <summary>
/// SLA policies: targets for a category, a priority or both (the most specific wins; the regulator's defaults cover
/// the rest). Category and priority are fixed once created. An edit posts the version it was shown, so a change made
/// meanwhile is shown as a conflict instead of being overwritten.
/// </summary>
public sealed class PoliciesModel(SlaAdministration sla, ReferenceDataService reference,
    IStringLocalizer<PoliciesModel> text, IStringLocalizer<SharedResource> shared) : PageModel, IReloadOnError
{
    /// <summary>The policy being edited; none means the form adds a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "edit")] public long? EditId { get; set; }
    // Names the form's fields; the save handler binds its own argument.
    public SlaPolicyRequest Input { get; private set; } = new(null, null, null,
        new SpanRequest(1, SlaUnit.BusinessDays), new SpanRequest(2, SlaUnit.BusinessDays), new SpanRequest(15, SlaUnit.CalendarDays), true);
    public IReadOnlyList<SlaPolicy> Policies { get; private set; } = [];
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public SlaPolicy? Editing => Policies.FirstOrDefault(p => p.Id == EditId);
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        if (Editing is { } p)
            Input = new SlaPolicyRequest(p.Name, p.CategoryId, p.Priority, Span(p.Acknowledgement), Span(p.FirstContact), Span(p.Resolution), p.IsActive);
    }

    /// <summary>The active box: as sent when the page is shown again, else as stored.</summary>
    public bool IsActiveChecked => Request.HasFormContentType
        ? Request.Form["Input.IsActive"].Contains("true")
        : Input.IsActive != false;

    public string CategoryName(long? id) =>
        id is null ? text["Any category"] : Categories.FirstOrDefault(c => c.Id == id)?.DisplayName() ?? $"#{id}";

    public async Task<IActionResult> OnPostSaveAsync(SlaPolicyRequest input, uint? version, CancellationToken ct)
    {
        Input = input;
        SlaPolicy saved;
        try
        {
            saved = EditId is { } id
                ? await sla.UpdatePolicyAsync(id, input, version, ct)
                : await sla.CreatePolicyAsync(input, ct);
        }
        catch (ConcurrencyConflictException)
        {
            SettingsConflict.Show(ModelState, shared);
            await ReloadAsync(ct);
            return Page();
        }
        Message = text["Policy {0} was saved (version {1}). It applies to complaints registered or re-categorised from now on.", saved.Name, saved.Version].Value;
        return RedirectToPage(new { edit = (long?)null });
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Policies = await sla.PoliciesAsync(ct);
        Categories = await reference.CategoriesAsync(ct);
    }

    private static SpanRequest Span(SlaSpan s) => new(s.Amount, s.Unit);
}
