using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Staff;

/// <summary>Staff directory: readable by all staff (to pick a handler), changed by Admin. Password hashes never leave.</summary>
public static class StaffApi
{
    public static void MapStaffApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff").WithTags("Staff").AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", async (StaffService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithName("ListStaff").WithSummary("All staff members, active or not (never their password hashes)");
        group.MapPost("/", async Task<Created<StaffView>> (StaffRequest r, StaffService s, CancellationToken ct) =>
        {
            var created = await s.CreateAsync(r, ct);
            return TypedResults.Created($"/api/staff/{created.Id}", created);
        }).RequireAuthorization(Policies.Administer).WithName("CreateStaffMember")
            .WithSummary("Add a staff member with roles, department and an initial password")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:long}", async (long id, StaffRequest r, StaffService s, CancellationToken ct) =>
            TypedResults.Ok(await s.UpdateAsync(id, r, ct)))
            .RequireAuthorization(Policies.Administer).WithName("UpdateStaffMember")
            .WithSummary("Change a staff member (not the user name); leave out password to keep the current one")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
