using Npgsql;

namespace ComplaintDesk.IntegrationTests.Complaints;

public sealed class TimelineIntegrityTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_database_refuses_to_update_or_delete_timeline_entries()
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("counter"));

        await Should.ThrowAsync<PostgresException>(() =>
            fx.Database.ScalarAsync($"UPDATE timeline_events SET actor_name = 'x' WHERE complaint_id = {c.Id}"));
        await Should.ThrowAsync<PostgresException>(() =>
            fx.Database.ScalarAsync($"DELETE FROM timeline_events WHERE complaint_id = {c.Id}"));
        await Should.ThrowAsync<PostgresException>(() => fx.Database.ScalarAsync("TRUNCATE timeline_events CASCADE"));
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM timeline_events WHERE complaint_id = {c.Id} AND actor_name <> 'x'")).ShouldBe(1);
    }

    [Fact]
    public async Task Removing_the_newest_entries_behind_the_triggers_back_shows_as_a_broken_chain()
    {
        var counter = await fx.ClientAsync("counter");
        var c = await Api.RegisterAsync(counter);
        await Api.StepAsync(counter, c.Id, "withdraw", new { reason = "原因" });

        await fx.Database.ScalarAsync($"""
            ALTER TABLE timeline_events DISABLE TRIGGER timeline_events_append_only;
            DELETE FROM timeline_events WHERE complaint_id = {c.Id} AND sequence = 2;
            ALTER TABLE timeline_events ENABLE TRIGGER timeline_events_append_only;
            SELECT 1;
            """);

        var timeline = await Api.GetAsync<TimelineView>(counter, $"/api/complaints/{c.Id}/timeline");
        timeline.Entries.Count.ShouldBe(1);
        timeline.Intact.ShouldBeFalse();
        timeline.FirstBrokenEntry.ShouldBe(2);
    }

    [Fact]
    public async Task An_entry_altered_behind_the_triggers_back_shows_as_a_broken_chain()
    {
        var counter = await fx.ClientAsync("counter");
        var c = await Api.RegisterAsync(counter);
        await Api.StepAsync(counter, c.Id, "withdraw", new { reason = "原因" });

        await fx.Database.ScalarAsync($"""
            ALTER TABLE timeline_events DISABLE TRIGGER timeline_events_append_only;
            UPDATE timeline_events SET details = '{"{"}"reason":"篡改"{"}"}' WHERE complaint_id = {c.Id} AND sequence = 2;
            ALTER TABLE timeline_events ENABLE TRIGGER timeline_events_append_only;
            SELECT 1;
            """);

        var timeline = await Api.GetAsync<TimelineView>(counter, $"/api/complaints/{c.Id}/timeline");
        timeline.Intact.ShouldBeFalse();
        timeline.FirstBrokenEntry.ShouldBe(2);
    }
}
