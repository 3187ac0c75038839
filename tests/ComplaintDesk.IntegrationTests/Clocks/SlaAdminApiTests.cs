namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>The Admin's SLA routes over HTTP: profiles, settings, calendars with their days, and policies with If-Match.</summary>
public sealed class SlaAdminApiTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private static int _unique;
    private static int Next() => Interlocked.Increment(ref _unique);

    [Fact]
    public async Task The_three_regulatory_profiles_come_with_their_targets_and_extension_ladders()
    {
        var profiles = await Api.GetAsync<JsonElement>(await fx.ClientAsync("handler"), "/api/sla/profiles");

        profiles.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldBe(["CN-NFRA", "UK-FCA", "US-CFPB"]);
        var china = profiles[0];
        Span(china.GetProperty("resolution")).ShouldBe("15 CalendarDays");
        Span(china.GetProperty("review")).ShouldBe("30 CalendarDays");
        china.GetProperty("extensions").EnumerateArray()
            .Select(e => $"{Span(e.GetProperty("totalFromReceipt"))} {e.GetProperty("approverRole").GetString()}")
            .ShouldBe(["30 CalendarDays Supervisor", "60 CalendarDays Manager"]);
        china.GetProperty("defaultCalendarCode").GetString().ShouldBe("CN");
        var uk = profiles[1];
        Span(uk.GetProperty("firstContact")).ShouldBe("3 BusinessDays");
        Span(uk.GetProperty("resolution")).ShouldBe("56 CalendarDays");
        uk.GetProperty("extensions").GetArrayLength().ShouldBe(0);
        Span(profiles[2].GetProperty("resolution")).ShouldBe("15 CalendarDays");
    }

    [Fact]
    public async Task The_settings_name_the_profile_and_calendar_in_force()
    {
        var settings = await Api.GetAsync<JsonElement>(await fx.ClientAsync("counter"), "/api/sla/settings");

        settings.GetProperty("profileCode").GetString().ShouldBe("CN-NFRA");
        settings.GetProperty("calendarCode").GetString().ShouldBe("CN");
        settings.GetProperty("profiles").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task The_Chinese_calendar_ships_the_2025_and_2026_holidays_and_make_up_days()
    {
        var calendar = await Api.GetAsync<JsonElement>(await fx.ClientAsync("manager"), "/api/sla/calendars/CN");

        calendar.GetProperty("timeZone").GetString().ShouldBe("Asia/Shanghai");
        var days = calendar.GetProperty("days").EnumerateArray()
            .ToDictionary(d => d.GetProperty("date").GetString()!, d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("name").GetString()}");
        days["2025-10-01"].ShouldBe("Holiday 国庆节、中秋节");
        days["2026-02-16"].ShouldBe("Holiday 春节");
        days["2026-02-28"].ShouldBe("WorkingDay 春节调休");
        days["2026-10-10"].ShouldBe("WorkingDay 国庆节调休");
        // Other tests of this class add calendars of their own to the shared database: the shipped three are among them.
        var codes = (await Api.GetAsync<JsonElement>(await fx.ClientAsync("handler"), "/api/sla/calendars")).EnumerateArray()
            .Select(c => c.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("CN");
        codes.ShouldContain("GB");
        codes.ShouldContain("US");
    }

    [Fact]
    public async Task A_calendar_is_created_edited_with_If_Match_and_given_holidays_and_make_up_days()
    {
        var admin = await fx.ClientAsync("admin");
        var code = $"BRANCH_{Next()}";

        var created = await admin.PostAsJsonAsync("/api/sla/calendars", new
        {
            code, name = "分行日历", timeZone = "Asia/Hong_Kong", dayStart = "09:00", dayEnd = "17:00", workingWeekdays = new[] { 1, 2, 3, 4, 5 },
        });
        await Api.ExpectAsync(created, HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.ShouldBe($"/api/sla/calendars/{code}");
        var etag = created.Headers.ETag!.Tag;
        // Stamped when it was created, not left at the epoch.
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updatedAt").GetDateTimeOffset()
            .ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(-1));

        var edited = await SendAsync(admin, HttpMethod.Put, $"/api/sla/calendars/{code}", new
        {
            name = "分行日历(含周六)", timeZone = "Asia/Hong_Kong", dayStart = "08:30", dayEnd = "17:30", workingWeekdays = new[] { 6, 1, 2, 3, 4, 5 },
        }, etag);
        await Api.ExpectAsync(edited, HttpStatusCode.OK);
        var calendar = await edited.Content.ReadFromJsonAsync<JsonElement>();
        calendar.GetProperty("name").GetString().ShouldBe("分行日历(含周六)");
        calendar.GetProperty("dayStart").GetString().ShouldBe("08:30:00");
        calendar.GetProperty("workingWeekdays").EnumerateArray().Select(d => d.GetInt32()).ShouldBe([1, 2, 3, 4, 5, 6]);
        edited.Headers.ETag!.Tag.ShouldNotBe(etag);

        await Api.ExpectAsync(await admin.PutAsJsonAsync($"/api/sla/calendars/{code}/days/2026-12-25", new { kind = "Holiday", name = "圣诞节" }), HttpStatusCode.OK);
        await Api.ExpectAsync(await admin.PutAsJsonAsync($"/api/sla/calendars/{code}/days/2026-12-27", new { kind = "WorkingDay", name = "补班" }), HttpStatusCode.OK);
        // The same date again replaces its entry instead of adding a second one.
        var replaced = await admin.PutAsJsonAsync($"/api/sla/calendars/{code}/days/2026-12-25", new { kind = "Holiday", name = "圣诞节假期" });
        await Api.ExpectAsync(replaced, HttpStatusCode.OK);
        Days(await replaced.Content.ReadFromJsonAsync<JsonElement>()).ShouldBe(["2026-12-25 Holiday 圣诞节假期", "2026-12-27 WorkingDay 补班"]);

        var removed = await SendAsync(admin, HttpMethod.Delete, $"/api/sla/calendars/{code}/days/2026-12-27");
        await Api.ExpectAsync(removed, HttpStatusCode.OK);
        Days(await Api.GetAsync<JsonElement>(admin, $"/api/sla/calendars/{code}")).ShouldBe(["2026-12-25 Holiday 圣诞节假期"]);
        await Api.ProblemAsync(await SendAsync(admin, HttpMethod.Delete, $"/api/sla/calendars/{code}/days/2026-12-27"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_If_Match_on_a_calendar_is_409_and_writes_nothing()
    {
        var admin = await fx.ClientAsync("admin");
        var code = $"STALE_{Next()}";
        var week = new { name = "日历", timeZone = "Europe/Paris", dayStart = "09:00", dayEnd = "17:00", workingWeekdays = new[] { 1, 2, 3, 4, 5 } };
        var created = await admin.PostAsJsonAsync("/api/sla/calendars", new { code, week.name, week.timeZone, week.dayStart, week.dayEnd, week.workingWeekdays });
        await Api.ExpectAsync(created, HttpStatusCode.Created);
        var seen = created.Headers.ETag!.Tag;
        await Api.ExpectAsync(await admin.PutAsJsonAsync($"/api/sla/calendars/{code}/days/2026-07-14", new { kind = "Holiday", name = "Fête nationale" }), HttpStatusCode.OK);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await SendAsync(admin, HttpMethod.Put, $"/api/sla/calendars/{code}", week with { name = "改名" }, seen);

        (await Api.ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("edit_conflict");
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        (await Api.GetAsync<JsonElement>(admin, $"/api/sla/calendars/{code}")).GetProperty("name").GetString().ShouldBe("日历");
    }

    [Fact]
    public async Task A_second_calendar_with_the_same_code_is_409()
    {
        var admin = await fx.ClientAsync("admin");
        var body = new { code = $"TWICE_{Next()}", name = "日历", timeZone = "UTC", dayStart = "09:00", dayEnd = "17:00", workingWeekdays = new[] { 1 } };
        await Api.ExpectAsync(await admin.PostAsJsonAsync("/api/sla/calendars", body), HttpStatusCode.Created);
        var before = await RowCounts.TakeAsync(fx.Database);

        var fields = await Api.ErrorFieldsAsync(await admin.PostAsJsonAsync("/api/sla/calendars", body), HttpStatusCode.Conflict);

        fields.ShouldBe(["code"]);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task A_policy_is_created_read_and_edited_with_If_Match_and_each_edit_raises_its_version()
    {
        var admin = await fx.ClientAsync("admin");
        var categoryId = await NewCategoryAsync(admin);

        var created = await admin.PostAsJsonAsync("/api/sla/policies", Policy(categoryId, "High", "加急寄送类"));
        await Api.ExpectAsync(created, HttpStatusCode.Created);
        var policy = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = policy.GetProperty("id").GetInt64();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/sla/policies/{id}");
        policy.GetProperty("version").GetInt32().ShouldBe(1);
        policy.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        Span(policy.GetProperty("acknowledgement")).ShouldBe("4 BusinessHours");

        var read = await admin.GetAsync($"/api/sla/policies/{id}");
        await Api.ExpectAsync(read, HttpStatusCode.OK);
        var etag = read.Headers.ETag!.Tag;
        etag.ShouldBe($"\"{policy.GetProperty("rowVersion").GetUInt32()}\"");

        var edited = await SendAsync(admin, HttpMethod.Put, $"/api/sla/policies/{id}", Policy(categoryId, "High", "加急寄送类(收紧)", resolutionDays: 7), etag);
        await Api.ExpectAsync(edited, HttpStatusCode.OK);
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("version").GetInt32().ShouldBe(2);
        Span(after.GetProperty("resolution")).ShouldBe("7 CalendarDays");

        var stale = await SendAsync(admin, HttpMethod.Put, $"/api/sla/policies/{id}", Policy(categoryId, "High", "又改", isActive: false), etag);
        (await Api.ProblemAsync(stale, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("edit_conflict");

        var list = await Api.GetAsync<JsonElement>(await fx.ClientAsync("handler"), "/api/sla/policies");
        var listed = list.EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == id);
        listed.GetProperty("name").GetString().ShouldBe("加急寄送类(收紧)");
        listed.GetProperty("isActive").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_second_policy_for_the_same_category_and_priority_is_409_and_a_policy_cannot_move_to_another_pair()
    {
        var admin = await fx.ClientAsync("admin");
        var categoryId = await NewCategoryAsync(admin);
        var created = await admin.PostAsJsonAsync("/api/sla/policies", Policy(categoryId, "Urgent", "紧急"));
        await Api.ExpectAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var before = await RowCounts.TakeAsync(fx.Database);

        var duplicate = await admin.PostAsJsonAsync("/api/sla/policies", Policy(categoryId, "Urgent", "紧急(重复)"));
        var moved = await admin.PutAsJsonAsync($"/api/sla/policies/{id}", Policy(categoryId, "Low", "紧急"));

        (await Api.ErrorFieldsAsync(duplicate, HttpStatusCode.Conflict)).ShouldBe(["categoryId"]);
        (await Api.ErrorFieldsAsync(moved)).ShouldBe(["priority"]);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    private static object Policy(long? categoryId, string? priority, string name, int resolutionDays = 10, bool isActive = true) => new
    {
        name, categoryId, priority, isActive,
        acknowledgement = new { amount = 4, unit = "BusinessHours" },
        firstContact = new { amount = 1, unit = "BusinessDays" },
        resolution = new { amount = resolutionDays, unit = "CalendarDays" },
    };

    private static async Task<long> NewCategoryAsync(HttpClient admin)
    {
        var n = Next();
        var response = await admin.PostAsJsonAsync("/api/categories", new { code = $"SLA_ADMIN_{n}", name = $"时限类别{n}", nameEn = $"SLA category {n}" });
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private static string Span(JsonElement span) => $"{span.GetProperty("amount").GetInt32()} {span.GetProperty("unit").GetString()}";

    private static string[] Days(JsonElement calendar) => calendar.GetProperty("days").EnumerateArray()
        .Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("kind").GetString()} {d.GetProperty("name").GetString()}").ToArray();
}
