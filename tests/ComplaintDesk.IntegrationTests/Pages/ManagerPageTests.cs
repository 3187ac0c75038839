namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class ManagerPageTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private readonly ComplaintScenario _given = fx.Given;

    [Fact]
    public async Task A_second_extension_waits_on_the_managers_page_and_a_first_one_does_not()
    {
        var second = await _given.NewAsync(ComplaintStatus.InProgress);
        await _given.StepAsync(second.Id, "extension", new { reason = "需调取第三方交易流水" });
        await _given.StepAsync(second.Id, "extension/decision", new { approve = true }, by: "supervisor");
        await _given.StepAsync(second.Id, "extension", new { reason = "涉及境外机构协查" });
        var first = await _given.NewAsync(ComplaintStatus.InProgress);
        await _given.StepAsync(first.Id, "extension", new { reason = "案情复杂" });
        var manager = await PageSession.SignInAsync(fx.App, "manager");

        var page = await manager.GetPageAsync("/manager");

        var section = Html.TestId(page, "manager-extensions").ShouldNotBeNull();
        section.ShouldContain(second.Number);
        section.ShouldContain("涉及境外机构协查");
        section.ShouldNotContain(first.Number);
        Html.Decode(page).ShouldContain($"href=\"/complaints/{second.Id}\"");
    }
}
