using ComplaintDesk.Reports;

namespace ComplaintDesk.IntegrationTests.Reports;

public sealed class MonthlyReportTests(ReportFixture fx) : IClassFixture<ReportFixture>
{
    private static Task<HttpResponseMessage> PutCommentAsync(HttpClient client, string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task February_is_compared_with_january_and_the_biggest_movers_come_first()
    {
        var manager = await fx.ClientAsync("manager");

        var report = await Api.GetAsync<MonthlyReport>(manager, "/api/reports/monthly?month=2026-02");

        report.Month.ShouldBe(new DateOnly(2026, 2, 1));
        report.PreviousMonth.ShouldBe(new DateOnly(2026, 1, 1));
        var received = report.Figures.Single(f => f.Name == "received");
        (received.Now, received.Before, received.Delta, received.Change).ShouldBe((7.0, 1.0, 6.0, (double?)6.0));
        report.Figures.Single(f => f.Name == "upheld:rate").Now.ShouldBe(2.0 / 3);
        report.Movers.Select(m => (m.Key, m.Delta, m.By)).ShouldBe(
        [
            ($"department:{fx.Cards}", 4L, MoverBasis.Count), ("category:CARD_DELIVERY", 3L, MoverBasis.Count),
            ("category:FEES", 3L, MoverBasis.Count), ("channel:Counter", 2L, MoverBasis.Count),
            ("channel:Website", 2L, MoverBasis.Count), ("channel:Phone", 1L, MoverBasis.Share),
        ]);
        report.Comments.Select(c => c.Section).ShouldBe(MonthlyReports.Sections);
    }

    [Fact]
    public async Task Commentary_is_saved_with_if_match_and_a_stale_version_is_409_without_a_change()
    {
        var manager = await fx.ClientAsync("manager");
        var supervisor = await fx.ClientAsync("supervisor");
        const string url = "/api/reports/monthly/2026-02/comments/volumes";

        var first = await PutCommentAsync(manager, url, new { text = "二月投诉量明显上升,主要来自信用卡寄送。" }, "\"0\"");
        var stale = await PutCommentAsync(supervisor, url, new { text = "覆盖" }, "\"0\"");

        await Api.ExpectAsync(first, HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var conflict = await Api.ProblemAsync(stale, HttpStatusCode.Conflict);
        conflict.GetProperty("current").GetProperty("text").GetString().ShouldBe("二月投诉量明显上升,主要来自信用卡寄送。");
        var report = await Api.GetAsync<MonthlyReport>(manager, "/api/reports/monthly?month=2026-02");
        var saved = report.Comments.Single(c => c.Section == "volumes");
        (saved.Text, saved.Version, saved.UpdatedBy).ShouldBe(("二月投诉量明显上升,主要来自信用卡寄送。", 1, "经理甲 (M0001)"));
    }

    [Theory]
    [InlineData("/api/reports/monthly/2026-13/comments/summary", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/monthly/2026-02/comments/gossip", HttpStatusCode.NotFound)]
    [InlineData("/api/reports/monthly/9999-12/comments/summary", HttpStatusCode.BadRequest)]
    public async Task A_bad_month_or_section_is_refused(string url, HttpStatusCode expected)
    {
        var manager = await fx.ClientAsync("manager");

        await Api.ProblemAsync(await PutCommentAsync(manager, url, new { text = "x" }, null), expected);
    }

    [Theory]
    [InlineData("month=2026-2")]
    [InlineData("month=")]
    [InlineData("month=1999-12")]
    [InlineData("month=9999-12")]
    public async Task A_bad_month_is_400(string query)
    {
        var manager = await fx.ClientAsync("manager");

        (await Api.ErrorFieldsAsync(await manager.GetAsync($"/api/reports/monthly?{query}"))).ShouldContain("month");
    }

    [Fact]
    public async Task Commentary_longer_than_4000_characters_is_400()
    {
        var manager = await fx.ClientAsync("manager");

        var response = await PutCommentAsync(manager, "/api/reports/monthly/2026-02/comments/summary", new { text = new string('长', 4001) }, null);

        (await Api.ErrorFieldsAsync(response)).ShouldContain("text");
    }

    [Fact]
    public async Task Line_breaks_count_once_so_a_box_full_of_lines_is_saved_and_one_character_more_is_refused_beside_the_box()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");
        var page = await manager.GetPageAsync("/reports/monthly?month=2026-03");
        // What a browser posts from a 4000-character box with 1999 line breaks: CR LF for each, 5999 characters.
        var full = string.Concat(Enumerable.Repeat("好\r\n", 1999)) + "好好";
        var saved = await manager.FollowAsync(await manager.SubmitAsync(page, "[data-testid=comment-form-volumes]", ("text", full)));
        var before = await RowCounts.TakeAsync(fx.Api.Database);

        var refused = await PageClient.ReadAsync(
            await manager.SubmitAsync(saved, "[data-testid=comment-form-timeliness]", ("text", new string('长', 4001))));

        saved.Text("[data-testid=comment-volumes]").Length.ShouldBe(4000);
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Get("#comment-timeliness").TextContent.ShouldContain("at most 4000 characters");
        refused.Get("[data-testid=comment-form-timeliness] textarea").TextContent.Length.ShouldBe(4001);
        refused.Find("[data-testid=figures-volumes]").ShouldNotBeNull();
        (await RowCounts.TakeAsync(fx.Api.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task A_month_without_complaints_shows_dashes_not_zeros_for_rates_medians_and_ratings()
    {
        var manager = await fx.ClientAsync("manager");

        var report = await Api.GetAsync<MonthlyReport>(manager, "/api/reports/monthly?month=2026-04");

        report.Figures.Single(f => f.Name == "received").Now.ShouldBe(0);
        report.Figures.Single(f => f.Name == "upheld:rate").Now.ShouldBeNull();
        report.Figures.Single(f => f.Name == "firstcontact:median").Now.ShouldBeNull();
        report.Figures.Single(f => f.Name == "satisfaction:average").Now.ShouldBeNull();
        report.Figures.Single(f => f.Name == "satisfaction:average").Delta.ShouldBeNull();
    }

    [Fact]
    public async Task The_monthly_page_shows_the_figures_and_saves_commentary_from_its_form()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");
        var page = await manager.GetPageAsync("/reports/monthly?month=2026-02");

        var saved = await manager.FollowAsync(await manager.SubmitAsync(page, "[data-testid=comment-form-outcomes]", ("text", "投诉成立率偏高,需复盘。")));

        page.Get("[data-testid=figures-volumes] tr[data-figure=received]").TextContent.ShouldContain("7");
        saved.Text("[data-testid=comment-outcomes]").ShouldBe("投诉成立率偏高,需复盘。");
    }
}
