using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplaintDesk.IntegrationTests.CustomerPortal;

/// <summary>The look-up throttle counts in PostgreSQL, so two app instances on one database share the count.</summary>
public sealed class LookupThrottleTests(ApiFixture.OnFakeClock fx) : IClassFixture<ApiFixture.OnFakeClock>
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private WebApplicationFactory<Program> Instance(int perNumber, int perClient) => fx.App.WithWebHostBuilder(b => b
        .UseSetting("CustomerPortal:MaxFailuresPerNumber", perNumber.ToString())
        .UseSetting("CustomerPortal:MaxFailuresPerClient", perClient.ToString())
        .UseSetting("CustomerPortal:Window", Window.ToString()));

    [Fact]
    public async Task Wrong_phones_on_one_number_across_two_instances_reach_the_limit_then_429_with_retry_after_even_for_the_right_phone()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        await using var first = Instance(perNumber: 3, perClient: 1000);
        await using var second = Instance(perNumber: 3, perClient: 1000);

        await Api.ProblemAsync(await CustomerScenario.LookupAsync(first.CreateClient(), c.Number, "13900000001"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await CustomerScenario.LookupAsync(second.CreateClient(), c.Number, "13900000002"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await CustomerScenario.LookupAsync(first.CreateClient(), c.Number, "13900000003"), HttpStatusCode.NotFound);
        var blocked = await CustomerScenario.LookupAsync(second.CreateClient(), c.Number, CustomerScenario.Phone);

        var problem = await Api.ProblemAsync(blocked, HttpStatusCode.TooManyRequests);
        problem.GetProperty("code").GetString().ShouldBe("too_many_attempts");
        blocked.Headers.RetryAfter!.Delta.ShouldBe(Window);
        (await CustomerScenario.LookupFailuresAsync(fx.Database, c.Number)).ShouldBe(3);

        fx.Clock.Advance(Window + TimeSpan.FromSeconds(1));
        var later = await CustomerScenario.LookupAsync(first.CreateClient(), c.Number, CustomerScenario.Phone);
        await Api.ExpectAsync(later, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Failures_from_one_client_on_different_numbers_reach_the_client_limit()
    {
        // Earlier tests' failures from this same client fall out of the window first.
        fx.Clock.Advance(Window + TimeSpan.FromSeconds(1));
        await using var instance = Instance(perNumber: 1000, perClient: 2);

        await Api.ProblemAsync(await CustomerScenario.LookupAsync(instance.CreateClient(), "TS20990101000001", CustomerScenario.Phone), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await CustomerScenario.LookupAsync(instance.CreateClient(), "TS20990101000002", CustomerScenario.Phone), HttpStatusCode.NotFound);
        var blocked = await CustomerScenario.LookupAsync(instance.CreateClient(), "TS20990101000003", CustomerScenario.Phone);

        await Api.ProblemAsync(blocked, HttpStatusCode.TooManyRequests);
        blocked.Headers.RetryAfter!.Delta.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_lookup_page_over_the_limit_says_plainly_to_try_later_and_keeps_the_input()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));
        for (var i = 0; i < 5; i++)
            await Api.ProblemAsync(await CustomerScenario.LookupAsync(fx.App.CreateClient(), c.Number, $"1390000000{i}"), HttpStatusCode.NotFound);
        var browser = PageClient.Anonymous(fx.App);

        var response = await browser.SubmitAsync(await browser.GetPageAsync("/customer"), "form[data-testid=lookup-form]",
            ("Lookup.Number", c.Number), ("Lookup.Phone", CustomerScenario.Phone));

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var page = await PageClient.ReadAsync(response);
        page.Text("[data-testid=form-errors]").ShouldContain("Too many attempts");
        page.Get("#Lookup_Number").GetAttribute("value").ShouldBe(c.Number);
    }
}
