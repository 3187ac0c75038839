namespace ComplaintDesk.IntegrationTests.Assignment;

public sealed class TriageApiTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Triage_classifies_and_assigns_in_one_step()
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"), Api.NewComplaint());

        var triaged = await Api.StepAsync(supervisor, c.Id, "triage",
            new { departmentId = fx.Staff.DepartmentId, categoryId = fx.Staff.CategoryId, priority = "Urgent" });

        triaged.CategoryId.ShouldBe(fx.Staff.CategoryId);
        triaged.Priority.ShouldBe(Priority.Urgent);
        triaged.Status.ShouldBe(ComplaintStatus.Assigned);
        triaged.Assignment.HandlerId.ShouldBeNull();
    }

    [Fact]
    public async Task Triage_into_unclassified_is_refused_and_changes_nothing()
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"), Api.NewComplaint());

        var response = await Api.PostAsync(supervisor, c.Id, "triage", new { departmentId = fx.Staff.DepartmentId, categoryId = c.CategoryId });

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("categoryId", out _).ShouldBeTrue();
        (await Api.GetAsync<ComplaintView>(supervisor, $"/api/complaints/{c.Id}")).Status.ShouldBe(ComplaintStatus.Registered);
    }
}
