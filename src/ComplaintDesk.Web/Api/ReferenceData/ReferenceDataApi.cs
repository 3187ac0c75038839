using ComplaintDesk.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.ReferenceData;

public sealed record CategoryView(long Id, string Code, string Name, string NameEn, bool IsActive)
{
    public static CategoryView From(Category c) => new(c.Id, c.Code, c.Name, c.NameEn, c.IsActive);
}

public sealed record DepartmentView(long Id, string Code, string Name, bool IsActive)
{
    public static DepartmentView From(Department d) => new(d.Id, d.Code, d.Name, d.IsActive);
}

/// <summary>Categories and departments: readable by all staff, changed by Admin.</summary>
public static class ReferenceDataApi
{
    public static void MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        var categories = app.MapGroup("/api/categories").WithTags("Reference data").AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        categories.MapGet("/", async (ReferenceDataService s, CancellationToken ct) =>
            TypedResults.Ok((await s.CategoriesAsync(ct)).Select(CategoryView.From)))
            .WithName("ListCategories").WithSummary("All complaint categories, active or not");
        categories.MapPost("/", async Task<Created<CategoryView>> (CategoryRequest r, ReferenceDataService s, CancellationToken ct) =>
        {
            var c = await s.CreateCategoryAsync(r, ct);
            return TypedResults.Created($"/api/categories/{c.Id}", CategoryView.From(c));
        }).RequireAuthorization(Policies.Administer).WithName("CreateCategory").WithSummary("Add a complaint category")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        categories.MapPut("/{id:long}", async (long id, CategoryRequest r, ReferenceDataService s, CancellationToken ct) =>
            TypedResults.Ok(CategoryView.From(await s.UpdateCategoryAsync(id, r, ct))))
            .RequireAuthorization(Policies.Administer).WithName("UpdateCategory")
            .WithSummary("Rename a category or (de)activate it; the code cannot change")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var departments = app.MapGroup("/api/departments").WithTags("Reference data").AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        departments.MapGet("/", async (ReferenceDataService s, CancellationToken ct) =>
            TypedResults.Ok((await s.DepartmentsAsync(ct)).Select(DepartmentView.From)))
            .WithName("ListDepartments").WithSummary("All departments, active or not");
        departments.MapPost("/", async Task<Created<DepartmentView>> (DepartmentRequest r, ReferenceDataService s, CancellationToken ct) =>
        {
            var d = await s.CreateDepartmentAsync(r, ct);
            return TypedResults.Created($"/api/departments/{d.Id}", DepartmentView.From(d));
        }).RequireAuthorization(Policies.Administer).WithName("CreateDepartment").WithSummary("Add a department")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        departments.MapPut("/{id:long}", async (long id, DepartmentRequest r, ReferenceDataService s, CancellationToken ct) =>
            TypedResults.Ok(DepartmentView.From(await s.UpdateDepartmentAsync(id, r, ct))))
            .RequireAuthorization(Policies.Administer).WithName("UpdateDepartment")
            .WithSummary("Rename a department or (de)activate it; the code cannot change")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
