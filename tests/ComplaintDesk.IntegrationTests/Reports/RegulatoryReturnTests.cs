using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CsvHelper;

namespace ComplaintDesk.IntegrationTests.Reports;

public sealed class RegulatoryReturnTests(RegulatoryFixture fx) : IClassFixture<RegulatoryFixture>
{
    // OpenAtStart, Opened, Upheld, PartlyUpheld, NotUpheld, Withdrawn, OpenAtEnd
    [Theory]
    [InlineData("2026Q1", "TOTAL", 0, 2, 1, 0, 0, 0, 1)]
    [InlineData("2026Q2", "TOTAL", 1, 5, 2, 1, 1, 1, 1)]
    [InlineData("2026Q2", "CARD_DELIVERY", 1, 5, 2, 1, 1, 1, 1)]
    [InlineData("2026Q2", "Counter", 1, 4, 2, 1, 1, 1, 0)]
    [InlineData("2026Q2", "Email", 0, 1, 0, 0, 0, 0, 1)]
    [InlineData("2026Q2", "Phone", 0, 0, 0, 0, 0, 0, 0)]
    [InlineData("2026Q3", "TOTAL", 1, 1, 0, 0, 1, 0, 1)]
    [InlineData("2025Q4", "TOTAL", 0, 0, 0, 0, 0, 0, 0)]
    public async Task A_quarter_counts_each_complaint_open_in_it_once_by_outcome(string quarter, string key,
        int openAtStart, int opened, int upheld, int partly, int notUpheld, int withdrawn, int openAtEnd)
    {
        var report = await Api.GetAsync<JsonElement>(await fx.ClientAsync("manager"), $"/api/reports/regulatory?quarter={quarter}");

        var line = Line(report, key);
        int[] actual = [.. new[] { "openAtStart", "opened", "upheld", "partlyUpheld", "notUpheld", "withdrawn", "openAtEnd" }
            .Select(p => line.GetProperty(p).GetInt32())];
        actual.ShouldBe([openAtStart, opened, upheld, partly, notUpheld, withdrawn, openAtEnd]);
        line.GetProperty("closed").GetInt32().ShouldBe(upheld + partly + notUpheld + withdrawn);
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2026-Q2")]
    [InlineData("26Q1")]
    [InlineData("Q2 2026")]
    [InlineData("")]
    public async Task A_quarter_that_is_not_written_like_2026Q3_is_400_naming_the_field(string quarter)
    {
        var response = await (await fx.ClientAsync("manager")).GetAsync($"/api/reports/regulatory?quarter={Uri.EscapeDataString(quarter)}");

        (await Api.ErrorFieldsAsync(response)).ShouldBe(["quarter"]);
    }

    [Fact]
    public async Task A_missing_quarter_or_an_unknown_format_is_400()
    {
        var client = await fx.ClientAsync("supervisor");
        (await Api.ErrorFieldsAsync(await client.GetAsync("/api/reports/regulatory"))).ShouldBe(["quarter"]);
        (await Api.ErrorFieldsAsync(await client.GetAsync("/api/reports/regulatory?quarter=2026Q2&format=xml"))).ShouldBe(["format"]);
    }

    [Fact]
    public async Task The_csv_has_a_bom_and_reads_back_with_chinese_titles_and_names()
    {
        var client = await fx.ClientAsync("manager");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        // Upper case as the other report routes accept it.
        var response = await client.GetAsync("/api/reports/regulatory?quarter=2026Q2&format=CSV");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("regulatory-return-2026Q2.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        using var csv = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var category = rows.Single(r => (string)r["代码"] == "CARD_DELIVERY");
        category["项目"].ShouldBe("信用卡寄送");
        category["统计表"].ShouldBe("按业务类别");
        category["期初未办结"].ShouldBe("1");
        category["部分成立"].ShouldBe("1");
        category["期末未办结"].ShouldBe("1");
        var total = rows.Single(r => (string)r["代码"] == "TOTAL");
        total["项目"].ShouldBe("合计");
        total["本期办结"].ShouldBe("5");
    }

    [Fact]
    public async Task Managers_and_supervisors_see_the_printable_page_others_do_not()
    {
        var manager = await PageClient.SignInAsync(fx.App, "manager");
        var page = await manager.GetPageAsync("/reports/regulatory?quarter=2026Q2");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var total = page.All("[data-testid='by-category'] tr[data-key='TOTAL'] td").Select(td => td.TextContent.Trim());
        total.ShouldBe(["1", "5", "5", "2", "1", "1", "1", "1"]);
        page.Find("[data-testid='regulatory-csv']").ShouldNotBeNull();
        var csv = await manager.GetAsync("/reports/regulatory?handler=Csv&quarter=2026Q2");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");

        (await (await PageClient.SignInAsync(fx.App, "supervisor")).GetAsync("/reports/regulatory")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await PageClient.SignInAsync(fx.App, "handler")).GetAsync("/reports/regulatory")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await PageClient.SignInAsync(fx.App, "admin")).GetAsync("/reports/regulatory")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_page_shows_an_unreadable_quarter_beside_the_field()
    {
        var page = await (await PageClient.SignInAsync(fx.App, "manager")).GetPageAsync("/reports/regulatory?quarter=2026-3");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Quarter").ShouldNotBeEmpty();
        page.Find("[data-testid='by-category']").ShouldBeNull();
    }

    private static JsonElement Line(JsonElement report, string key)
    {
        if (key == "TOTAL") return report.GetProperty("total");
        return report.GetProperty("byCategory").EnumerateArray().Concat(report.GetProperty("byChannel").EnumerateArray())
            .Single(l => l.GetProperty("key").GetString() == key);
    }
}
