using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Pages.Admin.Departments;

/// <summary>The departments complaints are routed to: add, rename, and take out of use (never delete: history refers to them).</summary>
public sealed class IndexModel(ReferenceDataService reference, IStringLocalizer<IndexModel> text) : PageModel, IReloadOnError
{
    /// <summary>The department being edited; none means the form adds a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "edit")] public long? EditId { get; set; }
    // Names the form's fields; the save handler binds its own argument.
    public DepartmentRequest Input { get; private set; } = new(null, null, null);
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public Department? Editing => Departments.FirstOrDefault(d => d.Id == EditId);
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        if (Editing is { } d) Input = new DepartmentRequest(d.Code, d.Name, d.IsActive);
    }

    public async Task<IActionResult> OnPostSaveAsync(DepartmentRequest input, CancellationToken ct)
    {
        var saved = EditId is { } id
            ? await reference.UpdateDepartmentAsync(id, input with { IsActive = null }, ct)
            : await reference.CreateDepartmentAsync(input with { IsActive = true }, ct);
        Message = text["Department {0} was saved.", saved.Name].Value;
        return RedirectToPage(new { edit = (long?)null });
    }

    public async Task<IActionResult> OnPostActiveAsync(long id, bool active, CancellationToken ct)
    {
        var d = (await reference.DepartmentsAsync(ct)).FirstOrDefault(x => x.Id == id);
        if (d is null) return NotFound();
        await reference.UpdateDepartmentAsync(id, new DepartmentRequest(d.Code, d.Name, active), ct);
        Message = (active ? text["Department {0} is in use again.", d.Name] : text["Department {0} is no longer in use.", d.Name]).Value;
        return RedirectToPage(new { edit = (long?)null });
    }

    public async Task ReloadAsync(CancellationToken ct) => Departments = await reference.DepartmentsAsync(ct);
}
