namespace ComplaintDesk.IntegrationTests.Reports;

public sealed class PartlyUpheldTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_decision_upholds_in_part_only_when_it_upholds()
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var c = await Api.RegisterAsync(supervisor, Api.NewComplaint(categoryId: fx.Staff.CategoryId));
        await Api.StepAsync(supervisor, c.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = fx.Staff.ByUserName["handler"].Id });
        await Api.StepAsync(supervisor, c.Id, "start");

        var refused = await Api.PostAsync(supervisor, c.Id, "resolve", new { outcome = "不成立", measuresTaken = "解释", upheld = false, partlyUpheld = true });
        (await Api.ErrorFieldsAsync(refused)).ShouldBe(["partlyUpheld"]);

        var resolved = await Api.StepAsync(supervisor, c.Id, "resolve", new { outcome = "部分成立", measuresTaken = "退还部分费用", upheld = true, partlyUpheld = true });
        resolved.Resolution!.PartlyUpheld.ShouldBeTrue();
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM complaints WHERE id = {c.Id} AND resolution_partly_upheld")).ShouldBe(1);
    }
}
