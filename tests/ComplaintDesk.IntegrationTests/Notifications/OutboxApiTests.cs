using ComplaintDesk.Notifications;

namespace ComplaintDesk.IntegrationTests.Notifications;

public sealed class OutboxApiTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Resending_an_unknown_message_is_a_404_problem()
    {
        var admin = await fx.ClientAsync("admin");

        var response = await admin.PostAsync("/api/admin/outbox/987654321/resend", null);

        (await Api.ProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("not_found");
    }

    [Fact]
    public async Task Resending_a_message_that_is_not_parked_is_a_409_problem_and_changes_nothing()
    {
        var id = await OutboxRows.AddAsync(fx.Database, MessageChannel.Email, "li@example.com", "结果", "正文", DateTimeOffset.UtcNow);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await (await fx.ClientAsync("admin")).PostAsync($"/api/admin/outbox/{id}/resend", null);

        var problem = await Api.ProblemAsync(response, HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("illegal_transition");
        problem.GetProperty("currentStatus").GetString().ShouldBe("Pending");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_masks_the_recipient()
    {
        var parked = await OutboxRows.AddAsync(fx.Database, MessageChannel.Email, "zhang@example.com", "结果", "正文", DateTimeOffset.UtcNow, parked: true);
        var pending = await OutboxRows.AddAsync(fx.Database, MessageChannel.Sms, "13900001234", "结果", "正文", DateTimeOffset.UtcNow);
        var admin = await fx.ClientAsync("admin");

        var list = await Api.GetAsync<JsonElement>(admin, "/api/admin/outbox?status=Parked");

        var ids = list.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        ids.ShouldContain(parked);
        ids.ShouldNotContain(pending);
        list.EnumerateArray().Single(e => e.GetProperty("id").GetInt64() == parked).GetProperty("recipient").GetString().ShouldBe("z***@example.com");
        var all = await Api.GetAsync<JsonElement>(admin, "/api/admin/outbox");
        all.EnumerateArray().Single(e => e.GetProperty("id").GetInt64() == pending).GetProperty("recipient").GetString().ShouldBe("139****1234");
    }

    [Fact]
    public async Task An_unknown_status_or_a_limit_out_of_range_is_a_400_naming_the_field()
    {
        var admin = await fx.ClientAsync("admin");

        (await Api.ErrorFieldsAsync(await admin.GetAsync("/api/admin/outbox?status=Lost"))).ShouldBe(["status"]);
        (await Api.ErrorFieldsAsync(await admin.GetAsync("/api/admin/outbox?limit=1000"))).ShouldBe(["limit"]);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_admin_outbox_routes()
    {
        var document = await Api.GetAsync<JsonElement>(fx.App.CreateClient(), "/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/admin/outbox", out _).ShouldBeTrue();
        paths.GetProperty("/api/admin/outbox/{id}/resend").TryGetProperty("post", out _).ShouldBeTrue();
    }
}
