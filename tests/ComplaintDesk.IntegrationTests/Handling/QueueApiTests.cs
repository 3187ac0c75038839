using ComplaintDesk.Clocks;
using ComplaintDesk.Handling;

namespace ComplaintDesk.IntegrationTests.Handling;

public sealed class QueueApiTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private readonly ComplaintScenario _given = fx.Given;

    [Fact]
    public async Task My_queue_comes_nearest_deadline_first_with_the_working_time_left_and_pages_with_a_cursor()
    {
        var now = DateTimeOffset.UtcNow;
        // Received 16 days ago: its first-contact clock (2 working days) and its 15-day decision deadline have run out.
        // The others are fresh.
        var late = await _given.RegisterAsync(now.AddDays(-16));
        await _given.AssignAsync(late.Id);
        var fresh = await _given.RegisterAsync(now.AddHours(-1));
        await _given.AssignAsync(fresh.Id);
        var paused = await _given.NewAsync(ComplaintStatus.InProgress);
        await _given.StepAsync(paused.Id, "pause", new { reason = "等待司法鉴定" });
        var someoneElses = await _given.RegisterAsync(now.AddDays(-20));
        await _given.AssignAsync(someoneElses.Id, "handler2");
        var handler = await fx.ClientAsync("handler");

        var first = await Api.GetAsync<Page<QueueItem>>(handler, "/api/queue?limit=2");
        var second = await Api.GetAsync<Page<QueueItem>>(handler, $"/api/queue?limit=2&cursor={Uri.EscapeDataString(first.NextCursor!)}");

        var all = first.Items.Concat(second.Items).ToList();
        all.Select(i => i.Id).ShouldBe([late.Id, fresh.Id, paused.Id], ignoreOrder: true);
        all.Select(i => (i.NextDueAt, i.Id)).ShouldBeInOrder();
        second.NextCursor.ShouldBeNull();
        var lateRow = all.Single(i => i.Id == late.Id);
        lateRow.ShouldBe(all[0]);
        lateRow.Deadline.ShouldBe(DeadlineState.Overdue);
        lateRow.WorkingSecondsLeft.ShouldBeLessThan(0);
        lateRow.NextDueAt.ShouldBe(late.Clocks.NextDueAt);
        all.Single(i => i.Id == fresh.Id).WorkingSecondsLeft.ShouldBeGreaterThan(0);
        all.Single(i => i.Id == paused.Id).Paused.ShouldBeTrue();
        all.Where(i => i.Id != paused.Id).ShouldAllBe(i => !i.Paused);
    }

    [Theory]
    [InlineData("status=99", "Status")]
    [InlineData("priority=Critical", "priority")]
    [InlineData("limit=0", "Limit")]
    [InlineData("cursor=not-a-cursor", "Cursor")]
    public async Task A_bad_filter_is_400_naming_it(string query, string field)
    {
        var handler = await fx.ClientAsync("handler");

        var fields = await Api.ErrorFieldsAsync(await handler.GetAsync($"/api/queue?{query}"));

        fields.ShouldContain(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_counter_clerk_has_no_queue()
    {
        var counter = await fx.ClientAsync("counter");

        await Api.ProblemAsync(await counter.GetAsync("/api/queue"), HttpStatusCode.Forbidden);
    }
}
