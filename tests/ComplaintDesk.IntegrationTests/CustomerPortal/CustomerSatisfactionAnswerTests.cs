namespace ComplaintDesk.IntegrationTests.CustomerPortal;

/// <summary>Accepting the result needs an answer to "Are you satisfied?": silence is not recorded as a yes.</summary>
public sealed class CustomerSatisfactionAnswerTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_confirmation_without_satisfied_is_400_naming_it_and_writes_nothing()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await CustomerScenario.AnswerAsync(fx.App, token, "confirm", new { comment = "好的" });

        (await Api.ErrorFieldsAsync(response)).ShouldBe(["satisfied"]);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task On_the_page_a_confirmation_without_an_answer_shows_the_error_beside_the_question_and_keeps_the_comment()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var browser = PageClient.Anonymous(fx.App);
        var page = await browser.GetPageAsync($"/customer/{token}");
        var before = await RowCounts.TakeAsync(fx.Database);

        var refused = await PageClient.ReadAsync(await browser.SubmitAsync(page, "form[data-testid=confirm-form]",
            ("Confirm.Satisfied", null), ("Confirm.Comment", "已收到新卡")));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.FieldError("Confirm.Satisfied").ShouldContain("Please say whether you are satisfied");
        refused.Get("#Confirm_Comment").TextContent.ShouldBe("已收到新卡");
        refused.Get("[data-testid=status] .badge").GetAttribute("data-status").ShouldBe("AwaitingConfirmation");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }
}
