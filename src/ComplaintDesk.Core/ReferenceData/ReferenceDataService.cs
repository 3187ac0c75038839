using Npgsql;

namespace ComplaintDesk.ReferenceData;

/// <summary>The managed lists: categories and departments. Codes are fixed once created; names and activity change.</summary>
public sealed class ReferenceDataService(ComplaintDbContext db)
{
    public Task<List<Category>> CategoriesAsync(CancellationToken ct) =>
        db.Categories.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);

    public Task<List<Department>> DepartmentsAsync(CancellationToken ct) =>
        db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);

    public async Task<Category> CreateCategoryAsync(CategoryRequest r, CancellationToken ct)
    {
        var category = new Category(r.Code!, r.Name!, r.NameEn!);
        if (r.IsActive == false) category.Update(r.Name!, r.NameEn!, false);
        db.Categories.Add(category);
        await SaveUniqueAsync("code", $"A category with code {r.Code} already exists.", ct);
        return category;
    }

    public async Task<Category> UpdateCategoryAsync(long id, CategoryRequest r, CancellationToken ct)
    {
        var category = await db.Categories.FindAsync([id], ct) ?? throw new NotFoundException("Category", id);
        if (category.Code != r.Code) throw new RuleViolationException("code", "A category's code cannot be changed.");
        if (category.Code == Category.UnclassifiedCode && r.IsActive == false)
            throw new RuleViolationException("isActive", "The Unclassified category receives untriaged intake and stays in use.");
        category.Update(r.Name!, r.NameEn!, r.IsActive ?? category.IsActive);
        await db.SaveChangesAsync(ct);
        return category;
    }

    public async Task<Department> CreateDepartmentAsync(DepartmentRequest r, CancellationToken ct)
    {
        var department = new Department(r.Code!, r.Name!);
        if (r.IsActive == false) department.Update(r.Name!, false);
        db.Departments.Add(department);
        await SaveUniqueAsync("code", $"A department with code {r.Code} already exists.", ct);
        return department;
    }

    public async Task<Department> UpdateDepartmentAsync(long id, DepartmentRequest r, CancellationToken ct)
    {
        var department = await db.Departments.FindAsync([id], ct) ?? throw new NotFoundException("Department", id);
        if (department.Code != r.Code) throw new RuleViolationException("code", "A department's code cannot be changed.");
        department.Update(r.Name!, r.IsActive ?? department.IsActive);
        await db.SaveChangesAsync(ct);
        return department;
    }

    private async Task SaveUniqueAsync(string field, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            throw new DuplicateException(field, message);
        }
    }
}
