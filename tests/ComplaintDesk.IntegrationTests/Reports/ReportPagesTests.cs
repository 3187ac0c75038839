namespace ComplaintDesk.IntegrationTests.Reports;

public sealed class ReportPagesTests(ReportFixture fx) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task The_dashboard_shows_each_figure_as_a_link_to_its_list()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");

        var page = await manager.GetPageAsync($"/reports/dashboard?{ReportFixture.Period}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var received = page.Get("[data-testid=figures] a[data-figure=received]");
        received.QuerySelector(".big-number")!.TextContent.ShouldBe("7");
        received.GetAttribute("href").ShouldBe($"/reports/complaints?figure=received&{ReportFixture.Period}");
        page.Get("[data-testid=sla] a[data-figure='sla:contact:missed']").TextContent.ShouldBe("2");
        page.All("svg.chart a[data-figure^='day:']").Count.ShouldBe(28);
        page.Get("[data-testid=categories] tr[data-key='category:FEES'] td").TextContent.ShouldBe("Fee dispute");
    }

    [Fact]
    public async Task The_list_behind_a_figure_pages_and_exports()
    {
        var supervisor = await PageClient.SignInAsync(fx.Api.App, "supervisor");

        var page = await supervisor.GetPageAsync($"/reports/complaints?figure=open&{ReportFixture.Period}");
        var csv = await supervisor.GetAsync(page.Get("[data-testid=export-csv]").GetAttribute("href")!);

        page.All("[data-testid=report-list] tbody tr[data-number]").Select(r => r.GetAttribute("data-number"))
            .ShouldBe(["TSI", "TSE", "TSD", "TSC"]);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsByteArrayAsync()).Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Theory]
    [InlineData("open", "Figure Open,", 4)]
    [InlineData("sla:contact:missed", "Figure First contact: missed,", 2)]
    [InlineData("category:FEES:open", "Figure Fee dispute · Open,", 3)]
    [InlineData("satisfaction:5", "Figure Rated 5,", 1)]
    public async Task The_list_names_its_figure_in_words_and_gives_the_figures_count(string figure, string heading, int total)
    {
        // The test clients read English; the Chinese names come from the same keys (the translation test checks them).
        var supervisor = await PageClient.SignInAsync(fx.Api.App, "supervisor");

        var page = await supervisor.GetPageAsync($"/reports/complaints?figure={Uri.EscapeDataString(figure)}&{ReportFixture.Period}");

        page.Get("[data-testid=figure]").TextContent.ShouldContain(heading);
        page.Get("[data-testid=figure]").TextContent.ShouldNotContain(figure, Case.Sensitive);
        page.Get("[data-testid=total]").TextContent.Trim().ShouldBe(total == 1 ? "1 complaint in all." : $"{total} complaints in all.");
        page.All("[data-testid=report-list] tbody tr[data-number]").Count.ShouldBe(total);
    }

    [Fact]
    public async Task The_monthly_movers_come_in_two_groups_under_their_own_headings()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");

        var page = await manager.GetPageAsync("/reports/monthly?month=2026-02");

        var groups = page.All("[data-testid=movers] tbody[data-basis]");
        groups.Select(g => g.GetAttribute("data-basis")).ShouldBe(["Count", "Share"]);
        groups[0].QuerySelector("th[scope=rowgroup]")!.TextContent.ShouldBe("Largest changes in complaints");
        groups[0].QuerySelectorAll("tr[data-key]").Length.ShouldBe(5);
        groups[1].QuerySelector("th[scope=rowgroup]")!.TextContent.ShouldBe("Largest changes as a share of last month");
        groups[1].QuerySelectorAll("tr[data-key]").Select(r => r.GetAttribute("data-key")).ShouldBe(["channel:Phone"]);
    }

    [Theory]
    [InlineData("/reports/dashboard?from=2026-02-10&to=2026-02-01", "to")]
    [InlineData("/reports/dashboard?from=9999-12-31&to=9999-12-31", "from")]
    [InlineData("/reports/dashboard?from=2026-02-01&to=2026-02-28&channel=Pigeon", "channel")]
    [InlineData("/reports/dashboard?from=2026-02-01&to=2026-02-28&granularity=Month", "granularity")]
    [InlineData("/reports/dashboard?from=2026-02-01&to=2026-02-28&departmentId=-3", "departmentId")]
    [InlineData("/reports/dashboard?from=2026-02-01&to=2026-02-28&departmentId=999999", "departmentId")]
    public async Task A_filter_that_cannot_be_used_shows_the_error_beside_the_field(string url, string field)
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");

        var page = await manager.GetPageAsync(url);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Find("[data-testid=report-invalid]").ShouldNotBeNull();
        page.FieldError(field).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_list_over_days_that_cannot_be_reported_says_why_instead_of_failing()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");

        var page = await manager.GetPageAsync("/reports/complaints?figure=received&from=0001-01-01&to=0001-01-02");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("[data-testid=report-invalid]").ShouldContain("Give a day from 2000-01-01 to 2999-12-31.");
    }

    [Fact]
    public async Task A_csv_link_with_a_bad_filter_answers_with_the_page_that_says_what_is_wrong()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");

        var table = await manager.GetPageAsync("/reports/dashboard?handler=Table&table=categories&from=2026-02-10&to=2026-02-01");
        var list = await manager.GetPageAsync("/reports/complaints?handler=Csv&figure=nonsense&from=2026-02-01&to=2026-02-28");
        var unknownTable = await manager.GetAsync($"/reports/dashboard?handler=Table&table=pets&{ReportFixture.Period}");

        table.Status.ShouldBe(HttpStatusCode.OK);
        table.FieldError("to").ShouldNotBeEmpty();
        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Text("[data-testid=report-invalid]").ShouldContain("'Figure' is not a figure of the dashboard.");
        unknownTable.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_field_is_named_as_its_label_reads_not_as_its_property()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");

        var page = await manager.GetPageAsync("/reports/dashboard?from=2026-02-01&to=2026-02-28&departmentId=-3");

        page.FieldError("departmentId").ShouldBe("'Department' must be greater than '0'.");
    }

    [Fact]
    public async Task In_chinese_the_report_pages_give_their_validation_messages_in_chinese()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager", language: "zh-CN");

        var dashboard = await manager.GetPageAsync("/reports/dashboard?from=9999-12-31&to=9999-12-31");
        var list = await manager.GetPageAsync("/reports/complaints?figure=day:9999-12-31&from=2026-02-01&to=2026-02-28");

        dashboard.FieldError("from").ShouldBe("请填写 2000-01-01 至 2999-12-31 之间的日期。");
        list.Text("[data-testid=report-invalid]").ShouldContain("“指标”不是看板上的指标。");
    }

    [Fact]
    public async Task A_month_that_cannot_be_reported_shows_the_error_beside_the_month()
    {
        var manager = await PageClient.SignInAsync(fx.Api.App, "manager");

        var page = await manager.GetPageAsync("/reports/monthly?month=9999-12");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Find("[data-testid=figures-volumes]").ShouldBeNull();
        page.Find("#month")!.ParentElement!.QuerySelector(".field-error")!.TextContent.Trim().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("handler")]
    [InlineData("counter")]
    [InlineData("admin")]
    public async Task Other_roles_are_refused_the_report_pages(string user)
    {
        var client = await PageClient.SignInAsync(fx.Api.App, user);

        // Pages send a refused staff member to the access-denied page, as for the other folders.
        (await client.GetAsync($"/reports/dashboard?{ReportFixture.Period}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
