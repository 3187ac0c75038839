using System.Globalization;
using System.Text;
using ComplaintDesk.Reports;
using CsvHelper;

namespace ComplaintDesk.IntegrationTests.Reports;

public sealed class DrillDownTests(ReportFixture fx) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task Every_figure_lists_exactly_the_complaints_it_counts()
    {
        var manager = await fx.ClientAsync("manager");
        var d = await Api.GetAsync<Dashboard>(manager, $"/api/reports/dashboard?{ReportFixture.Period}");
        var tables = new[] { d.Tables.Categories, d.Tables.Channels, d.Tables.Handlers, d.Tables.Departments }.SelectMany(t => t);
        var keys = d.Counts.Keys
            .Concat(d.Trend.Select(p => p.Key))
            .Concat(tables.SelectMany(r => FigureKeys.Measures.Select(m => $"{r.Key}:{m}").Prepend(r.Key)))
            .Concat(d.Tables.RootCauses.Select(r => r.Key));

        foreach (var key in keys)
        {
            var (listed, totals) = await AllAsync(manager, key, pageSize: 2);
            var expected = ExpectedCount(d, key);
            listed.Count.ShouldBe((int)expected, $"figure {key}");
            totals.ShouldAllBe(t => t == expected, $"figure {key}: the total on every page");
            listed.Select(r => r.Id).Distinct().Count().ShouldBe(listed.Count, $"figure {key} lists a complaint twice");
        }
    }

    [Fact]
    public async Task A_list_is_newest_first_and_pages_with_a_cursor()
    {
        var manager = await fx.ClientAsync("manager");

        var first = await Api.GetAsync<ReportRowsPage>(manager, $"/api/reports/complaints?figure=received&{ReportFixture.Period}&pageSize=3");
        var (all, _) = await AllAsync(manager, "received", 3);

        first.Items.Select(r => r.Number).ShouldBe(["TSI", "TSE", "TSF"]);
        first.NextCursor.ShouldNotBeNull();
        first.Total.ShouldBe(7);
        all.Select(r => r.Number).ShouldBe(["TSI", "TSE", "TSF", "TSD", "TSC", "TSB", "TSA"]);
        all.Single(r => r.Number == "TSA").Rating.ShouldBe(5);
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_bom_and_reads_back_with_chinese_text()
    {
        var manager = await fx.ClientAsync("manager");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await manager.GetAsync($"/api/reports/complaints?figure=category:CARD_DELIVERY&{ReportFixture.Period}&format=csv");

        await Api.ExpectAsync(response, HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("category-CARD-DELIVERY-2026-02-01-to-2026-02-28.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        using var reader = new CsvReader(new StringReader(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3)), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => (string)r["投诉编号"]).ShouldBe(["TSE", "TSF", "TSB", "TSA"]);
        rows.ShouldAllBe(r => (string)r["类别"] == "信用卡寄送");
        rows.Single(r => (string)r["投诉编号"] == "TSB")["状态"].ShouldBe("已办结");
    }

    [Fact]
    public async Task A_table_exports_as_csv()
    {
        var manager = await fx.ClientAsync("manager");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var bytes = await (await manager.GetAsync($"/api/reports/tables/departments?{ReportFixture.Period}&format=csv")).Content.ReadAsByteArrayAsync();

        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => ((string)r["Item"], (string)r["Received"])).ShouldBe([("信用卡中心", "5"), ("个人贷款部", "2")]);
    }

    [Theory]
    [InlineData("figure=received&from=2026-02-10&to=2026-02-01", "to")]
    [InlineData("figure=received&from=2020-01-01&to=2026-02-01", "to")]
    [InlineData("figure=received&to=2026-02-01", "from")]
    [InlineData("figure=nonsense&from=2026-02-01&to=2026-02-28", "figure")]
    [InlineData("figure=open:Closed&from=2026-02-01&to=2026-02-28", "figure")]
    [InlineData("figure=week:2026-02-03&from=2026-02-01&to=2026-02-28", "figure")]
    [InlineData("from=2026-02-01&to=2026-02-28", "figure")]
    [InlineData("figure=received&from=2026-02-01&to=2026-02-28&pageSize=0", "pageSize")]
    [InlineData("figure=received&from=2026-02-01&to=2026-02-28&cursor=abc", "cursor")]
    [InlineData("figure=received&from=2026-02-01&to=2026-02-28&channel=Pigeon", "channel")]
    [InlineData("figure=received&from=2026-02-31&to=2026-02-28", "from")]
    [InlineData("figure=received&from=9999-12-31&to=9999-12-31", "from")]
    [InlineData("figure=received&from=0001-01-01&to=0001-01-02", "to")]
    [InlineData("figure=day:9999-12-31&from=2026-02-01&to=2026-02-28", "figure")]
    [InlineData("figure=week:0001-01-01&from=2026-02-01&to=2026-02-28", "figure")]
    public async Task A_bad_filter_is_400_naming_the_field(string query, string field)
    {
        var manager = await fx.ClientAsync("manager");

        var fields = await Api.ErrorFieldsAsync(await manager.GetAsync($"/api/reports/complaints?{query}"));

        fields.ShouldContain(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("counter", HttpStatusCode.Forbidden)]
    [InlineData("handler", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("manager", HttpStatusCode.OK)]
    public async Task Only_managers_and_supervisors_read_reports(string user, HttpStatusCode expected)
    {
        var client = await fx.ClientAsync(user);

        (await client.GetAsync($"/api/reports/dashboard?{ReportFixture.Period}")).StatusCode.ShouldBe(expected);
    }

    private static long ExpectedCount(Dashboard d, string key)
    {
        if (d.Counts.TryGetValue(key, out var count)) return count;
        if (d.Trend.FirstOrDefault(p => p.Key == key) is { } point) return point.Received;
        var tables = new[] { d.Tables.Categories, d.Tables.Channels, d.Tables.Handlers, d.Tables.Departments, d.Tables.RootCauses }.SelectMany(t => t);
        foreach (var row in tables)
        {
            if (key == row.Key) return row.Received;
            if (key == row.Key + ":open") return row.Open;
            if (key == row.Key + ":closed") return row.Closed;
            if (key == row.Key + ":overdue") return row.Overdue;
            if (key == row.Key + ":surveyed") return row.Surveyed;
        }
        throw new InvalidOperationException($"No figure {key}.");
    }

    /// <summary>Every page of a figure's list, and the total each page gave.</summary>
    private static async Task<(List<ReportRow> Rows, List<long> Totals)> AllAsync(HttpClient client, string key, int pageSize)
    {
        var rows = new List<ReportRow>();
        var totals = new List<long>();
        string? cursor = null;
        do
        {
            var url = $"/api/reports/complaints?figure={Uri.EscapeDataString(key)}&{ReportFixture.Period}&pageSize={pageSize}"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await Api.GetAsync<ReportRowsPage>(client, url);
            rows.AddRange(page.Items);
            totals.Add(page.Total);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return (rows, totals);
    }
}
