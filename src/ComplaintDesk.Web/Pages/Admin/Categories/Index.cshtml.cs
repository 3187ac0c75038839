using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Pages.Admin.Categories;

/// <summary>The complaint types staff classify by: add, rename, and take out of use (never delete: complaints refer to them).</summary>
public sealed class IndexModel(ReferenceDataService reference, IStringLocalizer<IndexModel> text) : PageModel, IReloadOnError
{
    /// <summary>The category being edited; none means the form adds a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "edit")] public long? EditId { get; set; }
    // Names the form's fields; the save handler binds its own argument.
    public CategoryRequest Input { get; private set; } = new(null, null, null, null);
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public Category? Editing => Categories.FirstOrDefault(d => d.Id == EditId);
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        if (Editing is { } d) Input = new CategoryRequest(d.Code, d.Name, d.NameEn, d.IsActive);
    }

    public async Task<IActionResult> OnPostSaveAsync(CategoryRequest input, CancellationToken ct)
    {
        var saved = EditId is { } id
            ? await reference.UpdateCategoryAsync(id, input with { IsActive = null }, ct)
            : await reference.CreateCategoryAsync(input with { IsActive = true }, ct);
        Message = text["Category {0} was saved.", saved.Name].Value;
        return RedirectToPage(new { edit = (long?)null });
    }

    public async Task<IActionResult> OnPostActiveAsync(long id, bool active, CancellationToken ct)
    {
        var d = (await reference.CategoriesAsync(ct)).FirstOrDefault(x => x.Id == id);
        if (d is null) return NotFound();
        await reference.UpdateCategoryAsync(id, new CategoryRequest(d.Code, d.Name, d.NameEn, active), ct);
        Message = (active ? text["Category {0} is in use again.", d.Name] : text["Category {0} is no longer in use.", d.Name]).Value;
        return RedirectToPage(new { edit = (long?)null });
    }

    public async Task ReloadAsync(CancellationToken ct) => Categories = await reference.CategoriesAsync(ct);
}
