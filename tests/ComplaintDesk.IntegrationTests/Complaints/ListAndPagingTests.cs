using ComplaintDesk.Web.Api.ReferenceData;
using Npgsql;

namespace ComplaintDesk.IntegrationTests.Complaints;

/// <summary>
/// A database with six complaints that differ in status, category, channel, department, handler, name and phone,
/// registered once for the class. Tests may add complaints of their own, with names and phones of their own.
/// </summary>
public sealed class ListingFixture : IAsyncLifetime
{
    public ApiFixture Fx { get; } = new();
    public Dictionary<string, ComplaintView> Complaints { get; } = [];
    /// <summary>Ids by placeholder, for queries written as "category={FEES}".</summary>
    public Dictionary<string, long> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        await Fx.InitializeAsync();
        var admin = await Fx.ClientAsync("admin");
        var supervisor = await Fx.ClientAsync("supervisor");
        var fees = await CreatedAsync<CategoryView>(await admin.PostAsJsonAsync("/api/categories", new { code = "LST_FEES", name = "收费", nameEn = "Fees" }));
        var ops = await CreatedAsync<DepartmentView>(await admin.PostAsJsonAsync("/api/departments", new { code = "LST_OPS", name = "运营部" }));
        var categories = await Api.GetAsync<List<CategoryView>>(admin, "/api/categories");
        Ids["FEES"] = fees.Id;
        Ids["CARD_CATEGORY"] = Fx.Staff.CategoryId;
        Ids["UNCLASSIFIED"] = categories.Single(c => c.Code == "UNCLASSIFIED").Id;
        Ids["OPS"] = ops.Id;
        Ids["CARD_DEPARTMENT"] = Fx.Staff.DepartmentId;
        Ids["handler"] = Fx.Staff.ByUserName["handler"].Id;
        Ids["handler2"] = Fx.Staff.ByUserName["handler2"].Id;

        async Task<ComplaintView> Register(string name, string phone, string channel, long? categoryId) =>
            await Api.RegisterAsync(supervisor, new { customer = new { name, phone }, channel, categoryId, description = "列表测试" });
        Task<ComplaintView> Assign(ComplaintView c, long departmentId, long? handlerId) =>
            Api.StepAsync(supervisor, c.Id, "assign", new { departmentId, handlerId });

        Complaints["A"] = await Register("张三", "13600000001", "Counter", Fx.Staff.CategoryId);
        Complaints["B"] = await Assign(await Register("李四", "13600000002", "Phone", fees.Id), Fx.Staff.DepartmentId, Ids["handler"]);
        Complaints["C"] = await Assign(await Register("Zhang Wei", "13600000003", "Website", Fx.Staff.CategoryId), ops.Id, Ids["handler2"]);
        var d = await Assign(await Register("张三丰", "13600000001", "Phone", null), Fx.Staff.DepartmentId, Ids["handler"]);
        Complaints["D"] = await Api.StepAsync(supervisor, d.Id, "start");
        Complaints["E"] = await Api.StepAsync(supervisor, (await Register("王五", "13600000005", "Letter", fees.Id)).Id, "withdraw", new { reason = "撤回" });
        Complaints["F"] = await Assign(await Register("zhang san", "+86 136-0000-0006", "Email", Fx.Staff.CategoryId), ops.Id, null);
    }

    private static async Task<T> CreatedAsync<T>(HttpResponseMessage response)
    {
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<T>(Api.Json))!;
    }

    public Task DisposeAsync() => Fx.DisposeAsync();
}

public sealed class ListAndPagingTests(ListingFixture data) : IClassFixture<ListingFixture>
{
    private ApiFixture Fx => data.Fx;

    private async Task<HttpClient> ClientAsync() => await Fx.ClientAsync("manager");

    /// <summary>All pages of a query, checking each page's size against the limit and the cursor.</summary>
    private async Task<List<ComplaintSummary>> WalkAsync(string query, int limit, Func<Task>? betweenPages = null)
    {
        var client = await ClientAsync();
        var items = new List<ComplaintSummary>();
        string? cursor = null;
        do
        {
            var page = await Api.GetAsync<Page<ComplaintSummary>>(client,
                $"/api/complaints?{query}&limit={limit}{(cursor is null ? "" : "&cursor=" + cursor)}");
            if (page.NextCursor is null) page.Items.Count.ShouldBeLessThanOrEqualTo(limit);
            else page.Items.Count.ShouldBe(limit);
            items.AddRange(page.Items);
            cursor = page.NextCursor;
            if (cursor is not null && betweenPages is not null) await betweenPages();
            items.Count.ShouldBeLessThan(10_000);
        } while (cursor is not null);
        return items;
    }

    private string Resolve(string query) => data.Ids.Aggregate(query, (q, id) => q.Replace($"{{{id.Key}}}", id.Value.ToString()));

    private static string[] KeysOf(IEnumerable<ComplaintSummary> items, ListingFixture data) =>
        data.Complaints.Where(c => items.Any(i => i.Id == c.Value.Id)).Select(c => c.Key).Order().ToArray();

    private static bool Matches(ComplaintSummary s, string name, string value) => name switch
    {
        "status" => s.Status.ToString() == value,
        "category" => s.CategoryId == long.Parse(value),
        "channel" => s.Channel.ToString() == value,
        "assignee" => s.HandlerId == long.Parse(value),
        "departmentId" => s.DepartmentId == long.Parse(value),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private async Task<ComplaintView> RegisterAsync(string name, string phone) =>
        await Api.RegisterAsync(await Fx.ClientAsync("counter"), Api.NewComplaint(phone: phone, name: name));

    private async Task<List<long>> IdsInDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(Fx.Database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT id FROM complaints ORDER BY id DESC", connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    // ---- filters ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("status=Registered", "A")]
    [InlineData("status=Assigned", "B C F")]
    [InlineData("status=InProgress", "D")]
    [InlineData("status=Withdrawn", "E")]
    [InlineData("category={FEES}", "B E")]
    [InlineData("category={CARD_CATEGORY}", "A C F")]
    [InlineData("category={UNCLASSIFIED}", "D")]
    [InlineData("channel=Phone", "B D")]
    [InlineData("channel=Letter", "E")]
    [InlineData("assignee={handler}", "B D")]
    [InlineData("assignee={handler2}", "C")]
    [InlineData("departmentId={OPS}", "C F")]
    [InlineData("departmentId={CARD_DEPARTMENT}", "B D")]
    [InlineData("status=Assigned&departmentId={OPS}", "C F")]
    [InlineData("status=Assigned&assignee={handler}", "B")]
    [InlineData("channel=Phone&category={FEES}", "B")]
    public async Task A_filter_returns_every_complaint_that_matches_it_and_no_other(string query, string expected)
    {
        query = Resolve(query);

        var items = await WalkAsync(query, limit: 100);

        var conditions = query.Split('&').Select(p => p.Split('=')).ToList();
        items.ShouldAllBe(i => conditions.All(c => Matches(i, c[0], c[1])));
        KeysOf(items, data).ShouldBe(expected.Split(' '));
    }

    [Theory]
    [InlineData("13600000001", "A D")]
    [InlineData("+86 136-0000-0006", "F")]
    [InlineData("1360000000", "")]
    [InlineData("张三", "A D")]
    [InlineData("  张三  ", "A D")]
    [InlineData("zhang", "C F")]
    [InlineData("ZHANG W", "C")]
    [InlineData("张_", "")]
    [InlineData("张%", "")]
    [InlineData("%", "")]
    [InlineData("_", "")]
    public async Task Q_finds_an_exact_phone_or_part_of_a_name_case_insensitively_and_wildcards_are_literal(string q, string expected)
    {
        var items = await WalkAsync($"q={Uri.EscapeDataString(q)}", limit: 100);

        items.Select(i => i.Id).Order().ShouldBe(data.Complaints.Where(c => expected.Split(' ').Contains(c.Key)).Select(c => c.Value.Id).Order());
    }

    [Fact]
    public async Task Q_finds_a_complaint_by_its_number_and_combines_with_filters()
    {
        var byNumber = await WalkAsync($"q={data.Complaints["B"].Number}", limit: 10);
        var combined = await WalkAsync($"q={Uri.EscapeDataString("张三")}&status=InProgress", limit: 10);

        byNumber.Select(i => i.Id).ShouldBe([data.Complaints["B"].Id]);
        byNumber.Single().ShouldBe(new ComplaintSummary(data.Complaints["B"].Id, data.Complaints["B"].Number, ComplaintStatus.Assigned, "李四",
            Channel.Phone, data.Ids["FEES"], Priority.Normal, Fx.Staff.DepartmentId, data.Ids["handler"], "处理员甲",
            data.Complaints["B"].ReceivedAt, data.Complaints["B"].UpdatedAt));
        combined.Select(i => i.Id).ShouldBe([data.Complaints["D"].Id]);
    }

    // ---- paging ----------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Paging_a_filtered_list_yields_each_complaint_once_newest_first_even_while_new_ones_are_registered()
    {
        var originals = new List<long>();
        for (var i = 0; i < 7; i++) originals.Add((await RegisterAsync($"翻页客户{i}", $"1370000000{i}")).Id);
        var late = new List<long>();

        var walked = await WalkAsync($"q={Uri.EscapeDataString("翻页客户")}", limit: 3,
            betweenPages: async () => late.Add((await RegisterAsync("翻页客户-新", $"1370000010{late.Count}")).Id));

        walked.Select(i => i.Id).ShouldBe(originals.AsEnumerable().Reverse());
        late.Count.ShouldBe(2);
        var again = await WalkAsync($"q={Uri.EscapeDataString("翻页客户")}", limit: 3);
        again.Select(i => i.Id).ShouldBe(originals.Concat(late).OrderDescending());
    }

    [Fact]
    public async Task Paging_the_whole_list_returns_exactly_what_was_stored_when_it_began_in_id_order()
    {
        await RegisterAsync("全表客户", "13700000200");
        var stored = await IdsInDatabaseAsync();

        var walked = await WalkAsync("", limit: 4, betweenPages: async () => await RegisterAsync("全表客户-新", "13700000201"));

        walked.Select(i => i.Id).ShouldBe(stored);
        walked.Select(i => i.Id).Distinct().Count().ShouldBe(walked.Count);
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_last_match_has_no_next_cursor()
    {
        for (var i = 0; i < 3; i++) await RegisterAsync("整页客户", $"1370000030{i}");

        var page = await Api.GetAsync<Page<ComplaintSummary>>(await ClientAsync(), $"/api/complaints?q={Uri.EscapeDataString("整页客户")}&limit=3");

        page.Items.Count.ShouldBe(3);
        page.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task The_page_size_defaults_to_25_and_may_be_anything_from_1_to_100()
    {
        var existing = await Fx.Database.ScalarAsync("SELECT count(*) FROM complaints");
        var counter = await Fx.ClientAsync("counter");
        await Parallel.ForEachAsync(Enumerable.Range(0, (int)Math.Max(0, 101 - existing)), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, _) => await Api.RegisterAsync(counter, Api.NewComplaint(phone: $"1370001{i:D4}", name: "批量客户")));
        var client = await ClientAsync();
        var newest = (await IdsInDatabaseAsync()).First();

        var byDefault = await Api.GetAsync<Page<ComplaintSummary>>(client, "/api/complaints");
        var one = await Api.GetAsync<Page<ComplaintSummary>>(client, "/api/complaints?limit=1");
        var hundred = await Api.GetAsync<Page<ComplaintSummary>>(client, "/api/complaints?limit=100");
        var zero = await client.GetAsync("/api/complaints?limit=0");
        var tooMany = await client.GetAsync("/api/complaints?limit=101");

        byDefault.Items.Count.ShouldBe(25);
        byDefault.NextCursor.ShouldNotBeNull();
        one.Items.Single().Id.ShouldBe(newest);
        one.NextCursor.ShouldNotBeNull();
        hundred.Items.Count.ShouldBe(100);
        hundred.NextCursor.ShouldNotBeNull();
        (await Api.ErrorFieldsAsync(zero)).ShouldBe(["limit"]);
        (await Api.ErrorFieldsAsync(tooMany)).ShouldBe(["limit"]);
    }
}
