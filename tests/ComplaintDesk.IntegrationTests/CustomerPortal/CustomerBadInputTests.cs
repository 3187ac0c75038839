using ComplaintDesk.IntegrationTests.Validation;

namespace ComplaintDesk.IntegrationTests.CustomerPortal;

public sealed class CustomerBadInputTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Theory]
    [MemberData(nameof(BadInputTests.HostileBodies), MemberType = typeof(BadInputTests))]
    public async Task Hostile_bodies_on_the_customer_routes_are_4xx_problems_and_write_nothing(string json)
    {
        // Still open, so even a body that happens to be acceptable is refused without a write.
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);
        string[] urls =
        [
            "/api/customer/lookup",
            .. new[] { "confirm", "appeal", "survey" }.Select(answer => $"/api/customer/complaints/{token}/{answer}"),
        ];

        foreach (var url in urls)
        {
            var before = (await RowCounts.TakeAsync(fx.Database), await CustomerScenario.LookupFailuresAsync(fx.Database));

            var response = await Api.RawAsync(fx.App.CreateClient(), HttpMethod.Post, url, json);

            ((int)response.StatusCode).ShouldBeInRange(400, 499, $"{url}: {await response.Content.ReadAsStringAsync()}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            (await RowCounts.TakeAsync(fx.Database), await CustomerScenario.LookupFailuresAsync(fx.Database)).ShouldBe(before);
        }
    }

    [Fact]
    public async Task An_over_long_number_or_comment_is_400_naming_the_field()
    {
        var c = await CustomerScenario.AwaitingConfirmationAsync(fx.Given);
        var token = await CustomerScenario.TokenAsync(fx.App, c.Number);

        var lookup = await CustomerScenario.LookupAsync(fx.App.CreateClient(), new string('T', 33), CustomerScenario.Phone);
        var confirm = await CustomerScenario.AnswerAsync(fx.App, token, "confirm", new { satisfied = true, comment = new string('好', 1001) });

        (await Api.ErrorFieldsAsync(lookup)).ShouldBe(["number"]);
        (await Api.ErrorFieldsAsync(confirm)).ShouldBe(["comment"]);
        await Api.ExpectAsync(await fx.App.CreateClient().GetAsync($"/api/customer/complaints/{token}"), HttpStatusCode.OK);
    }
}
