namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>
/// Input an Admin's client (or a handler's, on the clock steps) can get wrong. Every case is a 4xx problem naming the
/// fields at fault, never a 500, and writes nothing: no calendar, day, policy, settings change, deadline, pause,
/// extension or outbox row.
/// </summary>
public sealed class SlaBadInputTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private const string Week = """ "name":"日历","timeZone":"Asia/Shanghai","dayStart":"09:00","dayEnd":"17:00","workingWeekdays":[1,2,3,4,5] """;
    private const string Spans = """
        "acknowledgement":{"amount":4,"unit":"BusinessHours"},"firstContact":{"amount":1,"unit":"BusinessDays"},"resolution":{"amount":10,"unit":"CalendarDays"}
        """;
    private static readonly string LongName = new('长', 101);

    /// <summary>Method, route ({policy} stands for an existing policy's id), raw body, status, and the fields at fault (space-separated; empty: no check).</summary>
    public static TheoryData<string, string, string?, int, string> Cases() => new()
    {
        // New calendar
        { "POST", "/api/sla/calendars", """{"code":"X1",""", 400, "" },
        { "POST", "/api/sla/calendars", "{}", 400, "code name timeZone dayStart dayEnd workingWeekdays" },
        { "POST", "/api/sla/calendars", $$"""{"code":"lower",{{Week}}}""", 400, "code" },
        { "POST", "/api/sla/calendars", $$"""{"code":"X2",{{Week}},"colour":"red"}""", 400, "colour" },
        { "POST", "/api/sla/calendars", $$"""{"code":"X3","name":"{{LongName}}","timeZone":"Asia/Shanghai","dayStart":"09:00","dayEnd":"17:00","workingWeekdays":[1]}""", 400, "name" },
        { "POST", "/api/sla/calendars", """{"code":"X4","name":"日历","timeZone":"Mars/Olympus","dayStart":"09:00","dayEnd":"17:00","workingWeekdays":[1]}""", 400, "timeZone" },
        { "POST", "/api/sla/calendars", """{"code":"X5","name":"日历","timeZone":"UTC","dayStart":"17:00","dayEnd":"09:00","workingWeekdays":[1]}""", 400, "dayEnd" },
        { "POST", "/api/sla/calendars", """{"code":"X6","name":"日历","timeZone":"UTC","dayStart":"25:00","dayEnd":"09:00","workingWeekdays":[1]}""", 400, "dayStart" },
        { "POST", "/api/sla/calendars", """{"code":"X7","name":"日历","timeZone":"UTC","dayStart":"09:00","dayEnd":"17:00","workingWeekdays":[0,8]}""", 400, "workingWeekdays[0] workingWeekdays[1]" },
        { "POST", "/api/sla/calendars", """{"code":"X8","name":"日历","timeZone":"UTC","dayStart":"09:00","dayEnd":"17:00","workingWeekdays":[]}""", 400, "workingWeekdays" },
        // Working week of an existing calendar
        { "PUT", "/api/sla/calendars/CN", "{}", 400, "name timeZone dayStart dayEnd workingWeekdays" },
        { "PUT", "/api/sla/calendars/CN", $$"""{"code":"CN",{{Week}}}""", 400, "code" },
        { "PUT", "/api/sla/calendars/NOPE", $$"""{{{Week}}}""", 404, "" },
        { "PUT", "/api/sla/calendars/CN", $$"""{{{Week}}}""".Replace("17:00", "\"x\""), 400, "" },
        // Days
        { "PUT", "/api/sla/calendars/CN/days/2026-02-30", """{"kind":"Holiday","name":"不存在的日子"}""", 400, "date" },
        { "PUT", "/api/sla/calendars/CN/days/tomorrow", """{"kind":"Holiday","name":"明天"}""", 400, "date" },
        { "PUT", "/api/sla/calendars/CN/days/2026-08-03", """{"kind":"Festival","name":"节日"}""", 400, "kind" },
        { "PUT", "/api/sla/calendars/CN/days/2026-08-03", """{"kind":1,"name":"节日"}""", 400, "kind" },
        { "PUT", "/api/sla/calendars/CN/days/2026-08-03", "{}", 400, "kind name" },
        { "PUT", "/api/sla/calendars/CN/days/2026-08-03", $$"""{"kind":"Holiday","name":"{{LongName}}"}""", 400, "name" },
        { "PUT", "/api/sla/calendars/CN/days/2026-08-03", """{"kind":"Holiday","name":"节日","date":"2026-08-04"}""", 400, "date" },
        { "PUT", "/api/sla/calendars/CN/days/2026-08-03", """{"kind":"Holiday",""", 400, "" },
        { "PUT", "/api/sla/calendars/CN/days/2026-08-03", null, 400, "" },
        { "PUT", "/api/sla/calendars/NOPE/days/2026-08-03", """{"kind":"Holiday","name":"节日"}""", 404, "" },
        { "DELETE", "/api/sla/calendars/CN/days/2026-13-01", null, 400, "date" },
        { "DELETE", "/api/sla/calendars/CN/days/2026-08-03", null, 404, "" },
        { "DELETE", "/api/sla/calendars/NOPE/days/2026-10-01", null, 404, "" },
        // Settings
        { "PUT", "/api/sla/settings", "{}", 400, "profileCode calendarCode" },
        { "PUT", "/api/sla/settings", """{"profileCode":"EU-EBA","calendarCode":"CN"}""", 400, "profileCode" },
        { "PUT", "/api/sla/settings", """{"profileCode":"UK-FCA","calendarCode":"NOPE"}""", 400, "calendarCode" },
        { "PUT", "/api/sla/settings", """{"profileCode":"UK-FCA","calendarCode":"GB","extra":true}""", 400, "extra" },
        { "PUT", "/api/sla/settings", """["UK-FCA","GB"]""", 400, "" },
        // Policies
        { "POST", "/api/sla/policies", "{}", 400, "name categoryId acknowledgement firstContact resolution" },
        { "POST", "/api/sla/policies", $$"""{"name":"无类别无优先级",{{Spans}}}""", 400, "categoryId" },
        { "POST", "/api/sla/policies", $$"""{"name":"未知类别","categoryId":987654321,{{Spans}}}""", 400, "categoryId" },
        { "POST", "/api/sla/policies", $$"""{"name":"未知优先级","priority":"Critical",{{Spans}}}""", 400, "priority" },
        { "POST", "/api/sla/policies", $$"""{"name":"{{LongName}}","priority":"High",{{Spans}}}""", 400, "name" },
        { "POST", "/api/sla/policies", """{"name":"单位","priority":"High","acknowledgement":{"amount":4,"unit":"Fortnights"},"firstContact":{"amount":1,"unit":"BusinessDays"},"resolution":{"amount":10,"unit":"CalendarDays"}}""", 400, "acknowledgement.unit" },
        { "POST", "/api/sla/policies", """{"name":"长度","priority":"High","acknowledgement":{"amount":0,"unit":"BusinessHours"},"firstContact":{"unit":"BusinessDays"},"resolution":{"amount":2001,"unit":"CalendarDays"}}""", 400, "acknowledgement.amount firstContact.amount resolution.amount" },
        { "POST", "/api/sla/policies", """{"name":"缺","priority":"High","acknowledgement":{}}""", 400, "acknowledgement.amount acknowledgement.unit firstContact resolution" },
        { "POST", "/api/sla/policies", """{"name":"类型","priority":"High","acknowledgement":{"amount":"four","unit":"BusinessHours"}}""", 400, "acknowledgement.amount" },
        { "PUT", "/api/sla/policies/987654321", $$"""{"name":"不存在","priority":"High",{{Spans}}}""", 404, "" },
        { "PUT", "/api/sla/policies/{policy}", "{}", 400, "name categoryId acknowledgement firstContact resolution" },
        { "PUT", "/api/sla/policies/{policy}", $$"""{"name":"改","priority":"High",{{Spans}}}""", 400, "" },
        { "GET", "/api/sla/policies/987654321", null, 404, "" },
        { "GET", "/api/sla/calendars/NOPE", null, 404, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_a_problem_naming_the_fields_and_writes_nothing(string method, string route, string? body, int status, string fields)
    {
        var url = route.Replace("{policy}", (await PolicyIdAsync()).ToString());
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await Api.RawAsync(await fx.ClientAsync("admin"), new HttpMethod(method), url, body);

        var problem = await Api.ProblemAsync(response, (HttpStatusCode)status);
        if (status == 400)
        {
            var named = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
            if (fields.Length > 0) named.ShouldBe(fields.Split(' '), ignoreOrder: true);
            else named.ShouldNotBeEmpty();
        }
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Theory]
    [InlineData("pause", """{"reason":""}""", "reason")]
    [InlineData("pause", "{}", "reason")]
    [InlineData("pause", """{"reason":"@long@"}""", "reason")]
    [InlineData("pause", """{"reason":"等待","until":"2026-12-01"}""", "until")]
    [InlineData("extension", """{"reason":"@long@"}""", "reason")]
    [InlineData("extension", """{"reason":7}""", "reason")]
    [InlineData("extension/decision", """{"comment":"同意"}""", "approve")]
    [InlineData("extension/decision", """{"approve":"yes"}""", "approve")]
    [InlineData("extension/decision", """{"approve":false}""", "comment")]
    [InlineData("extension/decision", """{"approve":false,"comment":"  "}""", "comment")]
    public async Task Bad_input_on_a_clock_step_is_400_naming_the_field_and_writes_nothing(string step, string body, string field)
    {
        var id = await ExtensionPendingAsync();
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await Api.RawAsync(await fx.ClientAsync("supervisor"), HttpMethod.Post, $"/api/complaints/{id}/{step}",
            body.Replace("@long@", new string('因', 1001)));

        (await Api.ErrorFieldsAsync(response)).ShouldBe([field]);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("extension")]
    [InlineData("extension/decision")]
    [InlineData("resume")]
    public async Task A_clock_step_on_an_unknown_complaint_is_404_and_writes_nothing(string step)
    {
        var before = await RowCounts.TakeAsync(fx.Database);
        object? body = step switch { "extension/decision" => new { approve = true }, "resume" => null, _ => new { reason = "原因" } };

        var response = await Api.PostAsync(await fx.ClientAsync("supervisor"), 987_654_321, step, body);

        await Api.ProblemAsync(response, HttpStatusCode.NotFound);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<long>> Shared = new();

    private Task<long> PolicyIdAsync() => Shared.GetOrAdd($"{fx.Database.Name} policy", async _ =>
    {
        var response = await (await fx.ClientAsync("admin")).PostAsJsonAsync("/api/sla/policies", new
        {
            name = "坏输入用", priority = "Low",
            acknowledgement = new { amount = 1, unit = "BusinessDays" },
            firstContact = new { amount = 2, unit = "BusinessDays" },
            resolution = new { amount = 10, unit = "CalendarDays" },
        });
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    });

    /// <summary>An in-progress complaint with an extension waiting, shared: every case asserts it changed nothing.</summary>
    private Task<long> ExtensionPendingAsync() => Shared.GetOrAdd($"{fx.Database.Name} complaint", async _ =>
    {
        var c = await fx.Given.NewAsync(ComplaintStatus.InProgress);
        await fx.Given.StepAsync(c.Id, "extension", new { reason = "需调取第三方记录" });
        return c.Id;
    });
}
