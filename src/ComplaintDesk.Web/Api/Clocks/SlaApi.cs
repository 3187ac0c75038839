using ComplaintDesk.Clocks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Clocks;

/// <summary>
/// Deadline rules: the regulatory profiles, the profile and calendar in force, the business calendars and the SLA
/// policies. Any staff member may read them (they explain every deadline); only an Admin changes them, and a change
/// applies to complaints registered or re-categorised afterwards.
/// </summary>
public static class SlaApi
{
    public static void MapSlaApi(this IEndpointRouteBuilder app)
    {
        var sla = app.MapGroup("/api/sla").WithTags("SLA").AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        sla.MapGet("/profiles", () => TypedResults.Ok(RegulatoryProfile.All))
            .WithName("ListRegulatoryProfiles")
            .WithSummary("The regulatory profiles an Admin can choose from, with their targets and extension ladders");
        sla.MapGet("/settings", async (SlaAdministration s, CancellationToken ct) => TypedResults.Ok(await s.SettingsAsync(ct)))
            .WithName("GetSlaSettings").WithSummary("The profile and calendar in force");
        sla.MapPut("/settings", async (SlaSettingsRequest r, HttpContext http, SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok(await s.SelectAsync(r, http.User.ToActor(), ct)))
            .RequireAuthorization(Policies.Administer).WithName("UpdateSlaSettings")
            .WithSummary("Choose the profile and calendar for complaints registered from now on")
            .ProducesValidationProblem();

        MapCalendars(sla.MapGroup("/calendars"));
        MapPolicies(sla.MapGroup("/policies"));
    }

    private static void MapCalendars(RouteGroupBuilder calendars)
    {
        calendars.MapGet("/", async (SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok((await s.CalendarsAsync(ct)).Select(CalendarView.From)))
            .WithName("ListCalendars").WithSummary("All business calendars with their holidays and make-up working days");
        calendars.MapPost("/", async Task<Created<CalendarView>> (NewCalendarRequest r, HttpContext http, SlaAdministration s, CancellationToken ct) =>
            {
                var created = await s.CreateCalendarAsync(r.Code!, r.WorkingWeek(), ct);
                return TypedResults.Created($"/api/sla/calendars/{created.Code}", Described(http, created));
            })
            .RequireAuthorization(Policies.Administer).WithName("CreateCalendar")
            .WithSummary("Create a calendar (time zone, working hours and weekdays)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        calendars.MapGet("/{code}", async (string code, HttpContext http, SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok(Described(http, await s.CalendarAsync(code, ct))))
            .WithName("GetCalendar")
            .WithSummary("One calendar; the ETag is its version for If-Match").ProducesProblem(StatusCodes.Status404NotFound);
        calendars.MapPut("/{code}", async (string code, CalendarRequest r, HttpContext http, SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok(Described(http, await s.UpdateCalendarAsync(code, r, IfMatch.ExpectedVersion(http.Request), ct))))
            .RequireAuthorization(Policies.Administer).WithName("UpdateCalendar")
            .WithSummary("Change a calendar's name, time zone, working hours or weekdays; honours If-Match")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        calendars.MapPut("/{code}/days/{date}", async (string code, DateOnly date, CalendarDayChange r, HttpContext http,
                    SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok(Described(http, await s.SetDayAsync(code, r.For(date), ct))))
            .RequireAuthorization(Policies.Administer)
            .WithName("SetCalendarDay")
            .WithSummary("Make a date a public holiday or a make-up working day (调休), replacing what it was")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        calendars.MapDelete("/{code}/days/{date}", async (string code, DateOnly date, HttpContext http, SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok(Described(http, await s.RemoveDayAsync(code, date, ct))))
            .RequireAuthorization(Policies.Administer).WithName("RemoveCalendarDay")
            .WithSummary("The date follows the usual working week again")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapPolicies(RouteGroupBuilder policies)
    {
        policies.MapGet("/", async (SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok((await s.PoliciesAsync(ct)).Select(SlaPolicyView.From)))
            .WithName("ListSlaPolicies").WithSummary("All SLA policies, active or not");
        policies.MapPost("/", async Task<Created<SlaPolicyView>> (SlaPolicyRequest r, HttpContext http, SlaAdministration s, CancellationToken ct) =>
            {
                var created = await s.CreatePolicyAsync(r, ct);
                return TypedResults.Created($"/api/sla/policies/{created.Id}", Described(http, created));
            })
            .RequireAuthorization(Policies.Administer)
            .WithName("CreateSlaPolicy")
            .WithSummary("Targets for a category, a priority or both; the most specific active policy wins")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        policies.MapGet("/{id:long}", async (long id, HttpContext http, SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok(Described(http, await s.PolicyAsync(id, ct))))
            .WithName("GetSlaPolicy")
            .WithSummary("One SLA policy; the ETag is its row version for If-Match").ProducesProblem(StatusCodes.Status404NotFound);
        policies.MapPut("/{id:long}", async (long id, SlaPolicyRequest r, HttpContext http, SlaAdministration s, CancellationToken ct) =>
                TypedResults.Ok(Described(http, await s.UpdatePolicyAsync(id, r, IfMatch.ExpectedVersion(http.Request), ct))))
            .RequireAuthorization(Policies.Administer)
            .WithName("UpdateSlaPolicy")
            .WithSummary("Change a policy's name, targets or whether it is active (not its category or priority); honours If-Match")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static CalendarView Described(HttpContext http, BusinessCalendar calendar)
    {
        http.Response.Headers.ETag = IfMatch.ETag(calendar.Version);
        return CalendarView.From(calendar);
    }

    private static SlaPolicyView Described(HttpContext http, SlaPolicy policy)
    {
        http.Response.Headers.ETag = IfMatch.ETag(policy.RowVersion);
        return SlaPolicyView.From(policy);
    }
}
