using System.Globalization;
using ComplaintDesk.Assignment;
using ComplaintDesk.ReferenceData;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ComplaintDesk.Web.Pages.Supervision;

/// <summary>The lists the supervision pages pick from and name things with: departments, categories, active handlers.</summary>
public sealed class AssignmentChoices
{
    private AssignmentChoices(List<Department> departments, List<Category> categories, IReadOnlyList<HandlerLoad> handlers)
    {
        Departments = departments;
        Categories = categories;
        Handlers = handlers.Where(h => h.IsActive).ToList();
    }

    public static AssignmentChoices Empty { get; } = new([], [], []);

    public IReadOnlyList<Department> Departments { get; }
    public IReadOnlyList<Category> Categories { get; }
    /// <summary>Active handlers with their open load, so a supervisor sees who has room.</summary>
    public IReadOnlyList<HandlerLoad> Handlers { get; }

    public static async Task<AssignmentChoices> LoadAsync(ReferenceDataService reference, TeamLoadQueries team, CancellationToken ct)
    {
        var departments = await reference.DepartmentsAsync(ct);
        var categories = await reference.CategoriesAsync(ct);
        var load = await team.GetAsync(ct);
        return new AssignmentChoices(departments, categories, load.Handlers);
    }

    public string DepartmentName(long? id) => Departments.FirstOrDefault(d => d.Id == id)?.Name ?? "";

    public string CategoryName(long id) => Categories.FirstOrDefault(c => c.Id == id) is { } c ? NameOf(c) : id.ToString(CultureInfo.InvariantCulture);

    public bool IsUnclassified(long categoryId) => Categories.Any(c => c.Id == categoryId && c.Code == Category.UnclassifiedCode);

    public IEnumerable<SelectListItem> DepartmentOptions() =>
        Departments.Where(d => d.IsActive).Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)));

    public IEnumerable<SelectListItem> CategoryOptions() =>
        Categories.Where(c => c.IsActive && c.Code != Category.UnclassifiedCode)
            .Select(c => new SelectListItem(NameOf(c), c.Id.ToString(CultureInfo.InvariantCulture)));

    /// <param name="format">Localized "{0} ({1}), {2} open".</param>
    public IEnumerable<SelectListItem> HandlerOptions(string format) =>
        Handlers.Select(h => new SelectListItem(string.Format(CultureInfo.CurrentCulture, format, h.Name, h.StaffNumber, h.Open),
            h.StaffId.ToString(CultureInfo.InvariantCulture)));

    private static string NameOf(Category c) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? c.Name : c.NameEn;
}
