using ComplaintDesk.Reports;

namespace ComplaintDesk.IntegrationTests.Reports;

public sealed class DashboardFiguresTests(ReportFixture fx) : IClassFixture<ReportFixture>
{
    private async Task<Dashboard> DashboardAsync(string query = ReportFixture.Period) =>
        await Api.GetAsync<Dashboard>(await fx.ClientAsync("manager"), $"/api/reports/dashboard?{query}");

    [Fact]
    public async Task Counts_every_figure_of_the_complaints_received_in_the_period_in_the_banks_time_zone()
    {
        var d = await DashboardAsync();

        var expected = new Dictionary<string, long>
        {
            ["received"] = 7, ["open"] = 4, ["closed"] = 2, ["withdrawn"] = 1, ["overdue"] = 1, ["atrisk"] = 2,
            ["open:Registered"] = 1, ["open:Assigned"] = 1, ["open:InProgress"] = 1, ["open:AwaitingConfirmation"] = 1,
            ["open:Resolved"] = 0, ["open:Reopened"] = 0,
            ["decided"] = 3, ["upheld"] = 2, ["redress"] = 2, ["appealed"] = 1, ["surveyed"] = 2,
            ["satisfaction:1"] = 0, ["satisfaction:2"] = 1, ["satisfaction:3"] = 0, ["satisfaction:4"] = 0, ["satisfaction:5"] = 1,
            ["sla:ack:met"] = 6, ["sla:ack:missed"] = 1, ["sla:contact:met"] = 3, ["sla:contact:missed"] = 2,
            ["sla:resolution:met"] = 2, ["sla:resolution:missed"] = 2, ["firstcontact"] = 4, ["decision"] = 3,
        };
        d.Counts.ShouldBe(expected, ignoreOrder: true);
        d.SlaCompliance("ack").ShouldBe(6.0 / 7);
        d.SlaCompliance("contact").ShouldBe(3.0 / 5);
        d.SlaCompliance("resolution").ShouldBe(0.5);
        d.UpheldRate.ShouldBe(2.0 / 3);
        d.AppealRate.ShouldBe(1.0 / 3);
        d.RedressPaid.ShouldBe(150.50m);
        d.AverageRating.ShouldBe(3.5);
        // Hours to first contact 4, 10, 20, 50; to the decision 48, 100, 400 (percentile_cont interpolates).
        new[] { d.Durations.FirstContactMedian, d.Durations.FirstContactP90, d.Durations.DecisionMedian, d.Durations.DecisionP90 }
            .Select(h => Math.Round(h!.Value, 6)).ShouldBe([15, 41, 100, 340]);
    }

    [Fact]
    public async Task Overdue_and_at_risk_lists_name_the_complaints()
    {
        var d = await DashboardAsync();

        d.Overdue.Select(r => r.Number).ShouldBe(["TSC"]);
        d.AtRisk.Select(r => r.Number).ShouldBe(["TSE", "TSI"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_trend_has_a_point_for_every_day_or_week_including_empty_ones()
    {
        var days = (await DashboardAsync()).Trend;
        var weeks = (await DashboardAsync(ReportFixture.Period + "&granularity=Week")).Trend;

        days.Count.ShouldBe(28);
        days.Where(p => p.Received > 0).Select(p => (p.Key, p.Received)).ShouldBe(
        [
            ("day:2026-02-02", 1L), ("day:2026-02-03", 1L), ("day:2026-02-10", 1L), ("day:2026-02-16", 1L),
            ("day:2026-02-20", 1L), ("day:2026-02-27", 1L), ("day:2026-02-28", 1L),
        ]);
        weeks.Select(p => (p.Key, p.Received)).ShouldBe(
        [
            ("week:2026-01-26", 0L), ("week:2026-02-02", 2L), ("week:2026-02-09", 1L), ("week:2026-02-16", 2L), ("week:2026-02-23", 2L),
        ]);
    }

    [Fact]
    public async Task Breakdowns_by_category_channel_handler_department_and_root_cause()
    {
        var t = (await DashboardAsync()).Tables;

        t.Categories.Select(r => (r.Key, r.Label, r.Received, r.Open)).ShouldBe(
            [("category:CARD_DELIVERY", "信用卡寄送", 4L, 1L), ("category:FEES", "收费争议", 3L, 3L)]);
        t.Channels.Select(r => (r.Key, r.Received)).ShouldBe(
            [("channel:Counter", 2L), ("channel:Phone", 2L), ("channel:Website", 2L), ("channel:Email", 1L)]);
        t.Handlers.Select(r => (r.Key, r.Received, r.Open, r.Closed, r.Overdue, r.Surveyed, r.AverageRating)).ShouldBe(
        [
            ($"handler:{fx.Handler1}", 4L, 1L, 2L, 0L, 2L, (double?)3.5),
            ($"handler:{fx.Handler2}", 2L, 2L, 0L, 1L, 0L, null),
        ]);
        t.Handlers[0].Label.ShouldBe("处理员甲 (H0001)");
        t.Departments.Select(r => (r.Key, r.Label, r.Received)).ShouldBe(
            [($"department:{fx.Cards}", "信用卡中心", 5L), ($"department:{fx.Loans}", "个人贷款部", 2L)]);
        t.RootCauses.Select(r => (r.Key, r.Received)).ShouldBe([("rootcause:快递延误", 2L), ("rootcause:收费规则不清", 1L)]);
    }

    [Fact]
    public async Task Department_and_channel_filters_narrow_every_figure()
    {
        var loans = await DashboardAsync($"{ReportFixture.Period}&departmentId={fx.Loans}");
        var web = await DashboardAsync($"{ReportFixture.Period}&channel=Website");

        loans.Count("received").ShouldBe(2);
        loans.Count("overdue").ShouldBe(1);
        loans.Tables.Categories.Single().Key.ShouldBe("category:FEES");
        web.Count("received").ShouldBe(2);
        web.Count("atrisk").ShouldBe(1);
        web.Tables.Channels.Single().Key.ShouldBe("channel:Website");
    }

    [Fact]
    public async Task The_tables_api_returns_one_breakdown()
    {
        var manager = await fx.ClientAsync("manager");

        var rows = await Api.GetAsync<List<BreakdownRow>>(manager, $"/api/reports/tables/channels?{ReportFixture.Period}");
        var missing = await manager.GetAsync($"/api/reports/tables/branches?{ReportFixture.Period}");

        rows.Sum(r => r.Received).ShouldBe(7);
        await Api.ProblemAsync(missing, System.Net.HttpStatusCode.NotFound);
    }
}
