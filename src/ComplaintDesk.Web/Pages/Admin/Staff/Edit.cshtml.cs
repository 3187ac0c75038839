using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Pages.Admin.Staff;

/// <summary>Creates a staff member (with a first password) or changes one; the user name is fixed once created.</summary>
public sealed class EditModel(StaffService staff, ReferenceDataService reference, IStringLocalizer<EditModel> text)
    : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)] public long? Id { get; set; }
    [BindProperty] public StaffRequest Input { get; set; } = new(null, null, null, [], null, true, null);
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public bool IsNew => Id is null;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await staff.FindAsync(id, ct) is not { } m) return NotFound();
            Input = new StaffRequest(m.UserName, m.DisplayName, m.StaffNumber, m.Roles, m.DepartmentId, m.IsActive, null);
        }
        await ReloadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = Id is { } id ? await staff.UpdateAsync(id, Input, ct) : await staff.CreateAsync(Input, ct);
        Message = (IsNew ? text["{0} ({1}) was added.", saved.DisplayName, saved.StaffNumber]
            : text["{0} ({1}) was saved.", saved.DisplayName, saved.StaffNumber]).Value;
        return RedirectToPage("/Admin/Staff/Index");
    }

    public async Task ReloadAsync(CancellationToken ct) => Departments = await reference.DepartmentsAsync(ct);
}
