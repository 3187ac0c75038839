namespace ComplaintDesk.IntegrationTests.Intake;

public sealed class IdempotencyTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private static HttpRequestMessage Post(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_complaint_and_creates_no_second()
    {
        var client = await fx.ClientAsync("counter");
        var key = Guid.NewGuid().ToString();
        var body = Api.NewComplaint(phone: "13911112222");

        var first = await client.SendAsync(Post(body, key));
        var retry = await client.SendAsync(Post(body, key));

        await Api.ExpectAsync(first, HttpStatusCode.Created);
        await Api.ExpectAsync(retry, HttpStatusCode.Created);
        var a = (await first.Content.ReadFromJsonAsync<ComplaintView>(Api.Json))!;
        var b = (await retry.Content.ReadFromJsonAsync<ComplaintView>(Api.Json))!;
        b.Id.ShouldBe(a.Id);
        b.Number.ShouldBe(a.Number);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await fx.Database.ScalarAsync("SELECT count(*) FROM complaints WHERE customer_phone = '13911112222'")).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_exactly_one_complaint()
    {
        var client = await fx.ClientAsync("counter");
        var key = Guid.NewGuid().ToString();
        var body = Api.NewComplaint(phone: "13933334444");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Post(body, key))));

        foreach (var r in responses) await Api.ExpectAsync(r, HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<ComplaintView>(Api.Json))!.Id));
        ids.Distinct().Count().ShouldBe(1);
        (await fx.Database.ScalarAsync("SELECT count(*) FROM complaints WHERE customer_phone = '13933334444'")).ShouldBe(1);
    }

    [Fact]
    public async Task Reusing_a_key_for_a_different_request_is_a_conflict()
    {
        var client = await fx.ClientAsync("counter");
        var key = Guid.NewGuid().ToString();
        await Api.ExpectAsync(await client.SendAsync(Post(Api.NewComplaint(phone: "13955556666"), key)), HttpStatusCode.Created);

        var reused = await client.SendAsync(Post(Api.NewComplaint(phone: "13977778888"), key));

        await Api.ProblemAsync(reused, HttpStatusCode.Conflict);
        (await fx.Database.ScalarAsync("SELECT count(*) FROM complaints WHERE customer_phone = '13977778888'")).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_key_from_another_user_is_a_separate_request()
    {
        var key = Guid.NewGuid().ToString();
        var counter = await fx.ClientAsync("counter");
        var supervisor = await fx.ClientAsync("supervisor");

        var a = await counter.SendAsync(Post(Api.NewComplaint(phone: "13900009999"), key));
        var b = await supervisor.SendAsync(Post(Api.NewComplaint(phone: "13900009999"), key));

        await Api.ExpectAsync(a, HttpStatusCode.Created);
        await Api.ExpectAsync(b, HttpStatusCode.Created);
        b.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await fx.Database.ScalarAsync("SELECT count(*) FROM complaints WHERE customer_phone = '13900009999'")).ShouldBe(2);
    }
}
