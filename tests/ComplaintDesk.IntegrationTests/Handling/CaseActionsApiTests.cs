using ComplaintDesk.Web.Api.Handling;

namespace ComplaintDesk.IntegrationTests.Handling;

/// <summary>GET /api/complaints/{id}/actions gives the caller the complaint's own answer, and the steps keep to it.</summary>
public sealed class CaseActionsApiTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private readonly ComplaintScenario _given = fx.Given;

    [Fact]
    public async Task The_owner_of_an_assigned_complaint_may_start_it_but_not_resolve_it_yet()
    {
        var c = await _given.NewAsync(ComplaintStatus.Assigned);

        var actions = await ActionsAsync("handler", c.Id);

        actions["start"].Allowed.ShouldBeTrue();
        actions["resolve"].ShouldSatisfyAllConditions(
            a => a.Allowed.ShouldBeFalse(),
            a => a.Code.ShouldBe("illegal_transition"),
            a => a.Reason.ShouldBe("Cannot resolve a complaint that is Assigned."));
    }

    [Fact]
    public async Task Another_handler_is_told_the_complaint_is_not_theirs_and_the_step_refuses_with_the_same_reason()
    {
        var c = await _given.NewAsync(ComplaintStatus.Assigned);

        var start = (await ActionsAsync("handler2", c.Id))["start"];
        var response = await (await fx.ClientAsync("handler2")).PostAsync($"/api/complaints/{c.Id}/start", null);

        start.Allowed.ShouldBeFalse();
        start.Code.ShouldBe("forbidden");
        var problem = await Api.ProblemAsync(response, HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().ShouldBe(start.Reason);
    }

    [Fact]
    public async Task A_role_outside_the_steps_policy_is_refused_every_handling_step()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);

        var actions = await ActionsAsync("manager", c.Id);

        actions.Values.Where(a => a.Route is "resolve" or "pause" or "notes" or "assign")
            .ShouldAllBe(a => !a.Allowed && a.Code == "forbidden");
    }

    [Fact]
    public async Task A_handler_of_the_department_may_take_a_complaint_waiting_in_its_queue_and_then_owns_it()
    {
        var c = await _given.RegisterAsync();
        await _given.AssignAsync(c.Id, handler: null);

        (await ActionsAsync("handler", c.Id))["take"].Allowed.ShouldBeTrue();
        var taken = await _given.StepAsync(c.Id, "take");

        taken.Assignment.HandlerId.ShouldBe(fx.Staff.ByUserName["handler"].Id);
        (await ActionsAsync("handler", c.Id))["take"].Allowed.ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_complaint_is_404()
    {
        var response = await (await fx.ClientAsync("handler")).GetAsync("/api/complaints/999999999/actions");

        await Api.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<Dictionary<string, CaseActionView>> ActionsAsync(string user, long id) =>
        (await Api.GetAsync<List<CaseActionView>>(await fx.ClientAsync(user), $"/api/complaints/{id}/actions"))
        .ToDictionary(a => a.Route);
}
