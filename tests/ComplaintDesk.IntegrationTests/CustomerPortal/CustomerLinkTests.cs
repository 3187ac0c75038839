namespace ComplaintDesk.IntegrationTests.CustomerPortal;

public sealed class CustomerLinkTests(ApiFixture.OnFakeClock fx) : IClassFixture<ApiFixture.OnFakeClock>
{
    [Fact]
    public async Task A_tampered_link_is_404_in_the_api_and_a_plain_not_valid_page_and_answers_nothing()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        var tampered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];
        var before = await RowCounts.TakeAsync(fx.Database);

        var read = await fx.App.CreateClient().GetAsync($"/api/customer/complaints/{tampered}");
        var confirm = await CustomerScenario.AnswerAsync(fx.App, tampered, "confirm", new { satisfied = true });
        var page = await PageClient.Anonymous(fx.App).GetAsync($"/customer/{tampered}");

        (await Api.ProblemAsync(read, HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("link_invalid");
        await Api.ProblemAsync(confirm, HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await PageClient.ReadAsync(page);
        html.Get("[data-testid=link-refused]").GetAttribute("data-state").ShouldBe("Invalid");
        html.Document.Body!.TextContent.ShouldNotContain(c.Number);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task An_expired_link_is_410_in_the_api_and_a_page_that_leads_back_to_the_lookup()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        await Api.ExpectAsync(await fx.App.CreateClient().GetAsync($"/api/customer/complaints/{token}"), HttpStatusCode.OK);

        fx.Clock.Advance(TimeSpan.FromDays(46));
        var read = await fx.App.CreateClient().GetAsync($"/api/customer/complaints/{token}");
        var appeal = await CustomerScenario.AnswerAsync(fx.App, token, "appeal", new { reason = "太晚了" });
        var page = await PageClient.Anonymous(fx.App).GetAsync($"/customer/{token}");

        (await Api.ProblemAsync(read, HttpStatusCode.Gone)).GetProperty("code").GetString().ShouldBe("link_expired");
        await Api.ProblemAsync(appeal, HttpStatusCode.Gone);
        page.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var html = await PageClient.ReadAsync(page);
        html.Get("[data-testid=link-refused]").GetAttribute("data-state").ShouldBe("Expired");
        html.Get("[data-testid=link-refused] a").GetAttribute("href").ShouldBe("/customer");
        var fresh = await CustomerScenario.TokenAsync(fx.App, c.Number);
        (await CustomerScenario.ViewAsync(fx.App, fresh)).Number.ShouldBe(c.Number);
    }
}
