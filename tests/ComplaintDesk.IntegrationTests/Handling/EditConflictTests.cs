namespace ComplaintDesk.IntegrationTests.Handling;

public sealed class EditConflictTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private async Task<(long Id, uint Version)> InProgressComplaintAsync()
    {
        var started = await fx.Given.NewAsync(ComplaintStatus.InProgress);
        return (started.Id, started.Version);
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_let_the_first_win_and_give_the_second_409_with_the_current_state()
    {
        var (id, version) = await InProgressComplaintAsync();
        var handler = await fx.ClientAsync("handler");
        var supervisor = await fx.ClientAsync("supervisor");

        var first = await Api.PostAsync(handler, id, "notes", new { kind = "InvestigationFinding", text = "第一位处理人的记录" }, ifMatch: version);
        var second = await Api.PostAsync(supervisor, id, "notes", new { kind = "InternalNote", text = "第二位的记录" }, ifMatch: version);

        await Api.ExpectAsync(first, HttpStatusCode.OK);
        var problem = await Api.ProblemAsync(second, HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("edit_conflict");
        var current = problem.GetProperty("current");
        current.GetProperty("version").GetUInt32().ShouldNotBe(version);
        // The same view a GET returns, not the stored entity with its internals.
        current.TryGetProperty("assignment", out _).ShouldBeTrue();
        current.TryGetProperty("timelineHead", out _).ShouldBeFalse();
        current.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ShouldBe(["第一位处理人的记录"]);
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM handling_steps WHERE complaint_id = {id}")).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_saves_without_if_match_never_overwrite_each_other()
    {
        var (id, _) = await InProgressComplaintAsync();
        var handler = await fx.ClientAsync("handler");

        // Resolve and escalate race from the same loaded state; whichever loses must fail, not silently merge.
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Api.PostAsync(handler, id, "notes", new { kind = "InternalNote", text = $"并发记录 {i}" })));

        var ok = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        var conflicts = responses.Count(r => r.StatusCode == HttpStatusCode.Conflict);
        (ok + conflicts).ShouldBe(6);
        ok.ShouldBeGreaterThanOrEqualTo(1);
        var steps = await fx.Database.ScalarAsync($"SELECT count(*) FROM handling_steps WHERE complaint_id = {id}");
        steps.ShouldBe(ok);
        var timeline = await Api.GetAsync<ComplaintDesk.Complaints.Views.TimelineView>(handler, $"/api/complaints/{id}/timeline");
        timeline.Intact.ShouldBeTrue();
        timeline.Entries.Count(e => e.Type == TimelineEventType.StepRecorded).ShouldBe(ok);
    }

    [Fact]
    public async Task The_etag_of_a_complaint_is_the_version_a_change_must_match()
    {
        var (id, version) = await InProgressComplaintAsync();
        var handler = await fx.ClientAsync("handler");

        var get = await handler.GetAsync($"/api/complaints/{id}");
        get.Headers.ETag!.Tag.ShouldBe($"\"{version}\"");
        var stale = await Api.PostAsync(handler, id, "notes", new { kind = "InternalNote", text = "x" }, ifMatch: version + 1000);

        var problem = await Api.ProblemAsync(stale, HttpStatusCode.Conflict);
        problem.GetProperty("current").GetProperty("status").GetString().ShouldBe("InProgress");
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM handling_steps WHERE complaint_id = {id}")).ShouldBe(0);
    }
}
