using System.Text.Json.Nodes;
using ComplaintDesk.Data;
using ComplaintDesk.Web.Api.ReferenceData;

namespace ComplaintDesk.IntegrationTests.Validation;

/// <summary>
/// Input a client can get wrong, on registration, the workflow steps and the list. Every case answers a 4xx problem
/// (never a 500), names the fields at fault where it is a 400, and writes nothing: no complaint, timeline entry,
/// idempotency key or complaint number, and no changed row.
/// </summary>
public sealed class BadInputTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private const long Missing = 987_654_321;

    private static readonly Dictionary<string, string> ValidStepBodies = new()
    {
        ["assign"] = """{"departmentId":1}""",
        ["notes"] = """{"kind":"InternalNote","text":"记录"}""",
        ["resolve"] = """{"outcome":"结论","measuresTaken":"措施","upheld":true}""",
        ["feedback"] = """{"channel":"Sms","summary":"短信告知"}""",
        ["confirm"] = """{"customerSatisfied":true}""",
        ["appeal"] = """{"reason":"不认可"}""",
        ["close"] = """{"comment":"联系未果"}""",
        ["withdraw"] = """{"reason":"撤回"}""",
        ["escalate"] = """{"problem":"问题","customerMood":"不满","customerExpectation":"当天答复","actionsTaken":"已回电","urgency":"High"}""",
        ["escalation/decision"] = """{"decision":"主管回电"}""",
    };

    /// <summary>Sends the request, asserts the refusal (status, problem+json, exact field names) and that nothing was written.</summary>
    private async Task<JsonElement> RefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string? fields = null)
    {
        var before = await RowCounts.TakeAsync(fx.Database);
        var response = await send();
        var problem = await Api.ProblemAsync(response, status);
        if (fields is not null)
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(fields.Split(' '), ignoreOrder: true);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        return problem;
    }

    private async Task<HttpResponseMessage> RegisterRawAsync(string? json, string contentType = "application/json", params (string, string)[] headers) =>
        await Api.RawAsync(await fx.ClientAsync("counter"), HttpMethod.Post, "/api/complaints", json, contentType, headers);

    private async Task<HttpResponseMessage> StepRawAsync(long id, string step, string? json, params (string, string)[] headers) =>
        await Api.RawAsync(await fx.ClientAsync("supervisor"), HttpMethod.Post, $"/api/complaints/{id}/{step}", json, "application/json", headers);

    private const string RawMarker = "@raw-value@";

    private static JsonObject ValidComplaint() => JsonSerializer.SerializeToNode(Api.NewComplaint(), Api.Json)!.AsObject();

    /// <summary>The valid registration body with the value at a dotted path replaced by raw JSON (or removed).</summary>
    private static string Complaint(string path, string? rawValue)
    {
        var body = ValidComplaint();
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(body, (node, part) => node[part]!.AsObject());
        if (rawValue is null) parent.Remove(parts[^1]);
        else parent[parts[^1]] = RawMarker;
        // Spliced in as text, so that JSON no serializer would write (a lone surrogate escape) goes out as given.
        return rawValue is null ? body.ToJsonString() : body.ToJsonString().Replace($"\"{RawMarker}\"", rawValue);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<ComplaintView>> SharedComplaint = new();

    /// <summary>
    /// One in-progress complaint shared by the cases of this class: each case asserts that it wrote nothing, so a case
    /// that did would fail itself rather than pass on a changed complaint.
    /// </summary>
    private Task<ComplaintView> InProgressAsync() => SharedComplaint.GetOrAdd(fx.Database.Name, _ => NewInProgressAsync());

    private Task<ComplaintView> NewInProgressAsync() => fx.Given.NewAsync(ComplaintStatus.InProgress);

    // ---- POST /api/complaints --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("123")]
    [InlineData("\"text\"")]
    public async Task Registration_with_unreadable_json_is_400_on_the_body(string json)
    {
        await RefusedAsync(() => RegisterRawAsync(json), HttpStatusCode.BadRequest, "body");
    }

    [Theory]
    [InlineData("channel", "5")]
    [InlineData("customer", "\"王小明\"")]
    [InlineData("customer.name", "12")]
    [InlineData("categoryId", "\"CARD\"")]
    [InlineData("categoryId", "1.5")]
    [InlineData("categoryId", "99999999999999999999")]
    [InlineData("priority", "true")]
    [InlineData("receivedAt", "\"yesterday\"")]
    [InlineData("description", "[\"a\"]")]
    public async Task Registration_with_a_value_of_the_wrong_type_is_400_naming_it(string path, string value)
    {
        await RefusedAsync(() => RegisterRawAsync(Complaint(path, value)), HttpStatusCode.BadRequest, path);
    }

    [Theory]
    [InlineData("channel", "\"Fax\"")]
    [InlineData("channel", "\"\"")]
    [InlineData("channel", "\"7\"")]
    [InlineData("priority", "\"Critical\"")]
    public async Task Registration_with_an_unknown_enum_value_is_400_naming_it(string path, string value)
    {
        await RefusedAsync(() => RegisterRawAsync(Complaint(path, value)), HttpStatusCode.BadRequest, path);
    }

    [Theory]
    [InlineData("nickname")]
    [InlineData("customer.wechat")]
    public async Task Registration_with_an_unknown_property_is_400_naming_it(string path)
    {
        await RefusedAsync(() => RegisterRawAsync(Complaint(path, "\"x\"")), HttpStatusCode.BadRequest, path);
    }

    [Theory]
    [InlineData("description", Limits.LongText)]
    [InlineData("desiredOutcome", Limits.MediumText)]
    [InlineData("customer.name", Limits.Name)]
    [InlineData("customer.phone", Limits.Phone)]
    [InlineData("customer.email", Limits.Email)]
    [InlineData("customer.nationalId", Limits.NationalId)]
    [InlineData("customer.customerReference", Limits.Reference)]
    public async Task Registration_with_text_one_character_over_its_limit_is_400_naming_it(string path, int limit)
    {
        var value = path switch
        {
            "customer.phone" or "customer.nationalId" => new string('1', limit + 1),
            "customer.email" => new string('a', limit + 1 - "@example.com".Length) + "@example.com",
            _ => new string('长', limit + 1),
        };

        await RefusedAsync(() => RegisterRawAsync(Complaint(path, JsonSerializer.Serialize(value))), HttpStatusCode.BadRequest, path);
    }

    [Fact]
    public async Task Registration_with_every_text_exactly_at_its_limit_is_stored_whole()
    {
        var body = new
        {
            customer = new
            {
                name = new string('名', Limits.Name),
                phone = new string('1', Limits.Phone),
                email = new string('a', Limits.Email - "@example.com".Length) + "@example.com",
                nationalId = new string('9', Limits.NationalId),
                customerReference = new string('R', Limits.Reference),
            },
            channel = "Letter",
            description = new string('述', Limits.LongText),
            desiredOutcome = new string('望', Limits.MediumText),
        };

        var created = await Api.RegisterAsync(await fx.ClientAsync("counter"), body);

        var stored = await Api.GetAsync<ComplaintView>(await fx.ClientAsync("counter"), $"/api/complaints/{created.Id}");
        stored.Description.Length.ShouldBe(Limits.LongText);
        stored.DesiredOutcome!.Length.ShouldBe(Limits.MediumText);
        stored.Customer.Name.Length.ShouldBe(Limits.Name);
        stored.Customer.Email!.Length.ShouldBe(Limits.Email);
        stored.Customer.CustomerReference!.Length.ShouldBe(Limits.Reference);
    }

    [Theory]
    [InlineData("{}", "customer channel description")]
    [InlineData("""{"customer":{},"channel":"Counter","description":"x"}""", "customer.name customer.phone")]
    [InlineData("""{"customer":{"name":"  ","phone":"13800001111"},"channel":null,"description":"   "}""", "customer.name channel description")]
    [InlineData("""{"customer":{"name":"王","phone":"call me"},"channel":"Counter","description":"x"}""", "customer.phone")]
    [InlineData("""{"customer":{"name":"王","phone":"13800001111","email":"not-an-email"},"channel":"Counter","description":"x"}""", "customer.email")]
    [InlineData("""{"customer":{"name":"王","phone":"13800001111","nationalId":"1101-0119"},"channel":"Counter","description":"x"}""", "customer.nationalId")]
    public async Task Registration_with_missing_or_malformed_fields_is_400_naming_each_of_them(string json, string fields)
    {
        await RefusedAsync(() => RegisterRawAsync(json), HttpStatusCode.BadRequest, fields);
    }

    [Theory]
    [InlineData("customer.name", "\"a\\u0000b\"")]
    [InlineData("description", "\"a\\u0000b\"")]
    [InlineData("description", "\"\\ud800\"")]
    [InlineData("customer.phone", "\"1380000\\udc001111\"")]
    public async Task Registration_with_text_the_database_cannot_store_is_400_naming_the_field(string path, string value)
    {
        await RefusedAsync(() => RegisterRawAsync(Complaint(path, value)), HttpStatusCode.BadRequest, path);
    }

    [Fact]
    public async Task Registration_without_a_body_or_with_a_null_body_is_400_and_with_another_media_type_415()
    {
        await RefusedAsync(() => RegisterRawAsync(null), HttpStatusCode.BadRequest, "body");
        await RefusedAsync(() => RegisterRawAsync("null"), HttpStatusCode.BadRequest, "body");
        await RefusedAsync(() => RegisterRawAsync(Complaint("channel", "\"Counter\""), "text/plain"), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_idempotency_key_over_100_characters_is_400_naming_the_header()
    {
        var json = Complaint("customer.phone", "\"13700000001\"");

        await RefusedAsync(() => RegisterRawAsync(json, "application/json", ("Idempotency-Key", new string('k', 101))),
            HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task A_registration_the_rules_refuse_after_claiming_its_idempotency_key_leaves_no_key_complaint_or_number()
    {
        var json = Complaint("receivedAt", JsonSerializer.Serialize(DateTimeOffset.UtcNow.AddDays(3)));
        var key = Guid.NewGuid().ToString();

        var problem = await RefusedAsync(() => RegisterRawAsync(json, "application/json", ("Idempotency-Key", key)),
            HttpStatusCode.BadRequest, "receivedAt");

        problem.GetProperty("code").GetString().ShouldBe("rule_violation");
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM idempotency_keys WHERE key = '{key}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Registration_with_an_unknown_inactive_or_non_positive_category_is_400_on_category_id()
    {
        var admin = await fx.ClientAsync("admin");
        var inactive = await admin.PostAsJsonAsync("/api/categories", new { code = "BAD_INPUT_RETIRED", name = "已停用", nameEn = "Retired", isActive = false });
        await Api.ExpectAsync(inactive, HttpStatusCode.Created);
        var inactiveId = (await inactive.Content.ReadFromJsonAsync<CategoryView>(Api.Json))!.Id;

        foreach (var categoryId in new[] { Missing, inactiveId })
        {
            var problem = await RefusedAsync(() => RegisterRawAsync(Complaint("categoryId", categoryId.ToString())), HttpStatusCode.BadRequest, "categoryId");
            problem.GetProperty("code").GetString().ShouldBe("rule_violation");
        }
        await RefusedAsync(() => RegisterRawAsync(Complaint("categoryId", "0")), HttpStatusCode.BadRequest, "categoryId");
    }

    // ---- workflow steps --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("notes", "{", "body")]
    [InlineData("notes", """{"kind":"Gossip","text":"x"}""", "kind")]
    [InlineData("notes", """{"kind":3,"text":"x"}""", "kind")]
    [InlineData("notes", """{"kind":"InternalNote","text":"x","pinned":true}""", "pinned")]
    [InlineData("notes", """{"kind":"InternalNote","text":"a\u0000b"}""", "text")]
    [InlineData("notes", "{}", "kind text")]
    [InlineData("resolve", "{}", "outcome measuresTaken upheld")]
    [InlineData("resolve", """{"outcome":"x","measuresTaken":"y","upheld":"yes"}""", "upheld")]
    [InlineData("resolve", """{"outcome":"x","measuresTaken":"y","upheld":true,"redressAmount":-1}""", "redressAmount")]
    [InlineData("resolve", """{"outcome":"x","measuresTaken":"y","upheld":true,"redressAmount":0.001}""", "redressAmount")]
    [InlineData("resolve", """{"outcome":"x","measuresTaken":"y","upheld":true,"redressAmount":1000000000000}""", "redressAmount")]
    [InlineData("resolve", """{"outcome":"x","measuresTaken":"y","upheld":true,"redressAmount":1e40}""", "redressAmount")]
    [InlineData("feedback", """{"channel":"Pigeon","summary":"x"}""", "channel")]
    [InlineData("feedback", """{"channel":"Sms"}""", "summary")]
    [InlineData("confirm", "{}", "customerSatisfied")]
    [InlineData("confirm", """{"customerSatisfied":"maybe"}""", "customerSatisfied")]
    [InlineData("appeal", """{"reason":""}""", "reason")]
    [InlineData("withdraw", """{"reason":null}""", "reason")]
    [InlineData("withdraw", """{"reason":"   "}""", "reason")]
    [InlineData("close", "{}", "comment")]
    [InlineData("escalate", "{}", "problem customerMood customerExpectation actionsTaken urgency")]
    [InlineData("escalate", """{"problem":"p","customerMood":"m","customerExpectation":"e","actionsTaken":"a","urgency":"Critical"}""", "urgency")]
    [InlineData("escalation/decision", """{"decision":""}""", "decision")]
    [InlineData("assign", "{}", "departmentId")]
    [InlineData("assign", """{"departmentId":"CARD"}""", "departmentId")]
    [InlineData("assign", """{"departmentId":-5}""", "departmentId")]
    [InlineData("assign", """{"departmentId":1,"handlerId":0}""", "handlerId")]
    public async Task A_step_with_bad_input_is_400_naming_the_fields(string step, string json, string fields)
    {
        var c = await InProgressAsync();

        await RefusedAsync(() => StepRawAsync(c.Id, step, json), HttpStatusCode.BadRequest, fields);
    }

    [Theory]
    [InlineData("notes", "text", Limits.LongText)]
    [InlineData("resolve", "outcome", Limits.LongText)]
    [InlineData("resolve", "rootCause", Limits.MediumText)]
    [InlineData("feedback", "summary", Limits.LongText)]
    [InlineData("confirm", "comment", Limits.MediumText)]
    [InlineData("appeal", "reason", Limits.LongText)]
    [InlineData("close", "comment", Limits.MediumText)]
    [InlineData("escalate", "customerMood", Limits.MediumText)]
    [InlineData("escalation/decision", "decision", Limits.LongText)]
    public async Task A_step_with_text_one_character_over_its_limit_is_400_naming_it(string step, string field, int limit)
    {
        var c = await InProgressAsync();
        var body = JsonNode.Parse(ValidStepBodies[step])!.AsObject();
        body[field] = new string('长', limit + 1);

        await RefusedAsync(() => StepRawAsync(c.Id, step, body.ToJsonString()), HttpStatusCode.BadRequest, field);
    }

    public static TheoryData<string> StepsWithABody() => [.. ValidStepBodies.Keys];

    [Theory]
    [MemberData(nameof(StepsWithABody))]
    public async Task A_step_without_a_body_or_with_a_null_body_is_400_on_the_body(string step)
    {
        var c = await InProgressAsync();

        await RefusedAsync(() => StepRawAsync(c.Id, step, null), HttpStatusCode.BadRequest, "body");
        await RefusedAsync(() => StepRawAsync(c.Id, step, "null"), HttpStatusCode.BadRequest, "body");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("W/\"5\"")]
    [InlineData("\"five\"")]
    [InlineData("\"-1\"")]
    [InlineData("99999999999")]
    [InlineData("\"1\", \"2\"")]
    public async Task A_step_with_an_unusable_if_match_header_is_400_naming_the_header(string ifMatch)
    {
        var c = await InProgressAsync();

        await RefusedAsync(() => StepRawAsync(c.Id, "notes", ValidStepBodies["notes"], ("If-Match", ifMatch)), HttpStatusCode.BadRequest, "If-Match");
        await RefusedAsync(() => StepRawAsync(c.Id, "resolve", ValidStepBodies["resolve"], ("If-Match", ifMatch)), HttpStatusCode.BadRequest, "If-Match");
    }

    [Theory]
    [InlineData("start", null)]
    [InlineData("resolve", """{"outcome":"x","measuresTaken":"y","upheld":false}""")]
    [InlineData("feedback", """{"channel":"Phone","summary":"x"}""")]
    [InlineData("confirm", """{"customerSatisfied":true}""")]
    [InlineData("appeal", """{"reason":"x"}""")]
    [InlineData("close", """{"comment":"x"}""")]
    [InlineData("escalation/decision", """{"decision":"x"}""")]
    public async Task A_step_the_current_status_does_not_allow_is_409_with_that_status(string step, string? json)
    {
        var c = await Api.RegisterAsync(await fx.ClientAsync("supervisor"));

        var problem = await RefusedAsync(() => StepRawAsync(c.Id, step, json), HttpStatusCode.Conflict);

        problem.GetProperty("code").GetString().ShouldBe("illegal_transition");
        problem.GetProperty("currentStatus").GetString().ShouldBe("Registered");
    }

    [Theory]
    [InlineData("assign")]
    [InlineData("notes")]
    [InlineData("withdraw")]
    [InlineData("escalate")]
    [InlineData("appeal")]
    public async Task No_step_is_accepted_on_a_withdrawn_complaint(string step)
    {
        var supervisor = await fx.ClientAsync("supervisor");
        var c = await Api.RegisterAsync(supervisor);
        await Api.StepAsync(supervisor, c.Id, "withdraw", new { reason = "客户撤回" });
        var json = step == "assign" ? $$"""{"departmentId":{{fx.Staff.DepartmentId}}}""" : ValidStepBodies[step];

        var problem = await RefusedAsync(() => StepRawAsync(c.Id, step, json), HttpStatusCode.Conflict);

        problem.GetProperty("currentStatus").GetString().ShouldBe("Withdrawn");
    }

    [Fact]
    public async Task Assigning_to_a_department_or_handler_that_cannot_take_the_case_is_400_naming_it()
    {
        var admin = await fx.ClientAsync("admin");
        var closedDepartment = await admin.PostAsJsonAsync("/api/departments", new { code = "BAD_INPUT_CLOSED", name = "已撤销部门", isActive = false });
        await Api.ExpectAsync(closedDepartment, HttpStatusCode.Created);
        var closedDepartmentId = (await closedDepartment.Content.ReadFromJsonAsync<DepartmentView>(Api.Json))!.Id;
        var leaver = await admin.PostAsJsonAsync("/api/staff", new
        {
            userName = "bad-input-leaver", displayName = "已离职处理员", staffNumber = "H9001", roles = new[] { "Handler" },
            departmentId = fx.Staff.DepartmentId, isActive = false, password = "Leaver-Password-1",
        });
        await Api.ExpectAsync(leaver, HttpStatusCode.Created);
        var leaverId = (await leaver.Content.ReadFromJsonAsync<ComplaintDesk.Staff.StaffView>(Api.Json))!.Id;
        var c = await Api.RegisterAsync(await fx.ClientAsync("supervisor"));
        var department = fx.Staff.DepartmentId;

        (string Json, string Field)[] cases =
        [
            ($$"""{"departmentId":{{Missing}}}""", "departmentId"),
            ($$"""{"departmentId":{{closedDepartmentId}}}""", "departmentId"),
            ($$"""{"departmentId":{{department}},"handlerId":{{leaverId}}}""", "handlerId"),
            ($$"""{"departmentId":{{department}},"handlerId":{{fx.Staff.ByUserName["counter"].Id}}}""", "handlerId"),
            ($$"""{"departmentId":{{department}},"handlerId":{{Missing}}}""", "handlerId"),
        ];
        foreach (var (json, field) in cases)
        {
            var problem = await RefusedAsync(() => StepRawAsync(c.Id, "assign", json), HttpStatusCode.BadRequest, field);
            problem.GetProperty("code").GetString().ShouldBe("rule_violation");
        }
        (await Api.GetAsync<ComplaintView>(await fx.ClientAsync("supervisor"), $"/api/complaints/{c.Id}")).Status.ShouldBe(ComplaintStatus.Registered);
    }

    // ---- not found -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("supervisor", "GET", "/api/complaints/{missing}", null)]
    [InlineData("supervisor", "GET", "/api/complaints/by-number/TS20000101999999", null)]
    [InlineData("supervisor", "GET", "/api/complaints/{missing}/timeline", null)]
    [InlineData("supervisor", "POST", "/api/complaints/{missing}/start", null)]
    [InlineData("supervisor", "POST", "/api/complaints/{missing}/notes", """{"kind":"InternalNote","text":"x"}""")]
    [InlineData("supervisor", "POST", "/api/complaints/{missing}/assign", """{"departmentId":{department}}""")]
    [InlineData("supervisor", "POST", "/api/complaints/{missing}/escalation/decision", """{"decision":"x"}""")]
    [InlineData("admin", "PUT", "/api/categories/{missing}", """{"code":"NOPE","name":"无","nameEn":"None"}""")]
    [InlineData("admin", "PUT", "/api/departments/{missing}", """{"code":"NOPE","name":"无"}""")]
    [InlineData("admin", "PUT", "/api/staff/{missing}", """{"userName":"nope","displayName":"无","staffNumber":"N0","roles":["Handler"]}""")]
    public async Task A_record_that_does_not_exist_is_404_not_found(string user, string method, string url, string? json)
    {
        url = url.Replace("{missing}", Missing.ToString());
        json = json?.Replace("{department}", fx.Staff.DepartmentId.ToString());
        var client = await fx.ClientAsync(user);

        var problem = await RefusedAsync(() => Api.RawAsync(client, new HttpMethod(method), url, json), HttpStatusCode.NotFound);

        problem.GetProperty("code").GetString().ShouldBe("not_found");
    }

    [Theory]
    [InlineData("/api/complaints/abc")]
    [InlineData("/api/complaints/99999999999999999999")]
    [InlineData("/api/complaints/1/nonsense")]
    public async Task A_path_no_route_matches_is_404(string url)
    {
        await RefusedAsync(async () => await (await fx.ClientAsync("counter")).GetAsync(url), HttpStatusCode.NotFound);
    }

    // ---- list ------------------------------------------------------------------------------------------------------

    public static TheoryData<string, string> BadListQueries() => new()
    {
        { "limit=0", "limit" },
        { "limit=101", "limit" },
        { "limit=-1", "limit" },
        { "limit=abc", "limit" },
        { "limit=99999999999", "limit" },
        { "cursor=zzz", "cursor" },
        { "cursor=AAAAAAAAAAA", "cursor" },
        { "cursor=" + ComplaintQueries.EncodeCursor(-5), "cursor" },
        { "cursor=" + ComplaintQueries.EncodeCursor(5) + "AAAA", "cursor" },
        { "status=Foo", "status" },
        { "status=99", "status" },
        { "channel=Fax", "channel" },
        { "channel=7", "channel" },
        { "category=abc", "category" },
        { "assignee=x", "assignee" },
        { "departmentId=1.5", "departmentId" },
        { "q=" + new string('q', 101), "q" },
        { "q=%00", "q" },
    };

    [Theory]
    [MemberData(nameof(BadListQueries))]
    public async Task A_list_query_with_a_bad_parameter_is_400_naming_it(string query, string field)
    {
        await RefusedAsync(async () => await (await fx.ClientAsync("counter")).GetAsync($"/api/complaints?{query}"), HttpStatusCode.BadRequest, field);
    }

    // ---- anything hostile ------------------------------------------------------------------------------------------

    public static TheoryData<string> HostileBodies() =>
    [
        "",
        "{\"a\":",
        "0",
        "true",
        "{\"text\":\"\\ud800\"}",
        "{\"customer\":\"\\ud800\"}",
        string.Concat(Enumerable.Repeat("{\"customer\":", 100)) + "1" + new string('}', 100),
        string.Concat(Enumerable.Repeat("[", 100)) + new string(']', 100),
        "{\"customer\":{\"name\":\"x\",\"name\":\"y\"}}",
        "\uFEFF{}",
    ];

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task Hostile_bodies_on_any_route_that_takes_one_are_4xx_problems_and_write_nothing(string json)
    {
        var c = await InProgressAsync();
        (string User, string Method, string Url)[] routes =
        [
            ("anonymous", "POST", "/api/auth/token"),
            ("counter", "POST", "/api/complaints"),
            .. ValidStepBodies.Keys.Select(step => ("supervisor", "POST", $"/api/complaints/{c.Id}/{step}")),
            ("admin", "POST", "/api/categories"), ("admin", "PUT", $"/api/categories/{fx.Staff.CategoryId}"),
            ("admin", "POST", "/api/departments"), ("admin", "PUT", $"/api/departments/{fx.Staff.DepartmentId}"),
            ("admin", "POST", "/api/staff"), ("admin", "PUT", $"/api/staff/{fx.Staff.ByUserName["handler"].Id}"),
        ];

        foreach (var (user, method, url) in routes)
        {
            var client = user == "anonymous" ? fx.App.CreateClient() : await fx.ClientAsync(user);
            var before = await RowCounts.TakeAsync(fx.Database);

            var response = await Api.RawAsync(client, new HttpMethod(method), url, json);

            ((int)response.StatusCode).ShouldBeInRange(400, 499, $"{method} {url}: {await response.Content.ReadAsStringAsync()}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
        }
    }
}
