using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Pages.Admin.Staff;

/// <summary>Everyone who can sign in, with their roles and lockouts; an administrator lifts a lockout here.</summary>
public sealed class IndexModel(StaffService staff, ReferenceDataService reference, TimeProvider clock, IStringLocalizer<IndexModel> text)
    : PageModel, IReloadOnError
{
    public IReadOnlyList<StaffView> Members { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    [TempData] public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task<IActionResult> OnPostUnlockAsync(long id, CancellationToken ct)
    {
        var member = await staff.GetAsync(id, ct);
        await staff.UnlockAsync(id, ct);
        Message = text["{0} ({1}) can sign in again.", member.DisplayName, member.StaffNumber].Value;
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Members = await staff.ListAsync(ct);
        Departments = await reference.DepartmentsAsync(ct);
    }

    public string DepartmentName(long? id) => Departments.FirstOrDefault(d => d.Id == id)?.Name ?? "";
}
