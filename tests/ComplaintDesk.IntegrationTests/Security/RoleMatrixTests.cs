using ComplaintDesk.IntegrationTests.Notifications;
using ComplaintDesk.Notifications;
using ComplaintDesk.Staff;
using ComplaintDesk.Web.Api.ReferenceData;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Security;

/// <summary>
/// Every API route against every kind of caller. Each row names, independently of the code under test, who may call
/// the route, and prepares a state in which the call is valid (e.g. a complaint awaiting confirmation for "confirm").
/// Callers the row names get the route's success status there; everyone else gets 403 (401 when anonymous) on the
/// same kind of state, where the call would otherwise have succeeded, and nothing is written.
/// </summary>
public sealed class RoleMatrixTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private const string Everyone = "anonymous counter handler supervisor manager admin";
    private const string AnyStaff = "counter handler supervisor manager admin";
    private const string Intake = "counter handler supervisor";
    private const string CustomerReply = "counter handler supervisor";
    private const string Handle = "handler supervisor";
    private const string SupervisorOnly = "supervisor";
    private const string Approvers = "supervisor manager";
    private const string AdminOnly = "admin";
    private const string ReportReaders = "supervisor manager";

    private static readonly string[] Callers = ["anonymous", "counter", "handler", "supervisor", "manager", "admin"];

    private enum Stage { Registered, DepartmentQueue, Assigned, InProgress, Resolved, AwaitingConfirmation, EscalationPending, Paused, ExtensionPending }

    private sealed record Call(string Url, object? Body = null);

    /// <param name="Writes">Whether a successful call changes the database (so a refused one must not).</param>
    /// <param name="PrepareForCaller">For a route on the caller's own data (a notification): the state for that caller.</param>
    private sealed record Route(string Method, string Template, string Allowed, HttpStatusCode Success, bool Writes,
        Func<RoleMatrixTests, Task<Call>> Prepare, Func<RoleMatrixTests, string, Task<Call>>? PrepareForCaller = null)
    {
        public string Key => $"{Method} {Template}";
        public bool Allows(string caller) => Allowed.Split(' ').Contains(caller);
    }

    private TestStaff Staff => fx.Staff;
    private TestDatabase Database => fx.Database;

    private static int _unique;
    private static int Next() => Interlocked.Increment(ref _unique);

    private static readonly object Report = new
    {
        problem = "客户多次来电", customerMood = "不满", customerExpectation = "当天答复", actionsTaken = "已回电", urgency = "High",
    };

    private static Func<RoleMatrixTests, Task<Call>> Step(Stage stage, string step, Func<RoleMatrixTests, object?> body) =>
        async t => new Call($"/api/complaints/{(await t.ComplaintAtAsync(stage)).Id}/{step}", body(t));

    private static readonly Route[] Matrix =
    [
        new("POST", "/api/auth/token", Everyone, HttpStatusCode.OK, false, _ => Task.FromResult(
            new Call("/api/auth/token", new { userName = "counter", password = TestStaff.Password }))),

        new("POST", "/api/complaints", Intake, HttpStatusCode.Created, true, _ => Task.FromResult(new Call("/api/complaints", Api.NewComplaint()))),
        new("GET", "/api/complaints", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/complaints"))),
        new("GET", "/api/complaints/{id:long}", AnyStaff, HttpStatusCode.OK, false,
            async t => new Call($"/api/complaints/{(await t.ComplaintAtAsync(Stage.Registered)).Id}")),
        new("GET", "/api/complaints/by-number/{number}", AnyStaff, HttpStatusCode.OK, false,
            async t => new Call($"/api/complaints/by-number/{(await t.ComplaintAtAsync(Stage.Registered)).Number}")),
        new("GET", "/api/complaints/customer-history", Intake, HttpStatusCode.OK, false,
            _ => Task.FromResult(new Call("/api/complaints/customer-history?phone=13800001111"))),
        new("GET", "/api/queue", Handle, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/queue"))),
        new("GET", "/api/complaints/{id:long}/actions", AnyStaff, HttpStatusCode.OK, false,
            async t => new Call($"/api/complaints/{(await t.ComplaintAtAsync(Stage.Registered)).Id}/actions")),
        new("GET", "/api/complaints/{id:long}/timeline", AnyStaff, HttpStatusCode.OK, false,
            async t => new Call($"/api/complaints/{(await t.ComplaintAtAsync(Stage.Registered)).Id}/timeline")),

        new("POST", "/api/complaints/{id:long}/assign", SupervisorOnly, HttpStatusCode.OK, true, Step(Stage.Registered, "assign",
            t => new { departmentId = t.Staff.DepartmentId, handlerId = t.Staff.ByUserName["handler"].Id })),
        new("POST", "/api/complaints/{id:long}/triage", SupervisorOnly, HttpStatusCode.OK, true, Step(Stage.Registered, "triage",
            t => new { departmentId = t.Staff.DepartmentId, priority = "High" })),
        // A supervisor passes the route's policy but is not a handler of the department: the complaint refuses, also 403.
        new("POST", "/api/complaints/{id:long}/take", "handler", HttpStatusCode.OK, true, Step(Stage.DepartmentQueue, "take", _ => null)),
        new("POST", "/api/complaints/{id:long}/start", Handle, HttpStatusCode.OK, true, Step(Stage.Assigned, "start", _ => null)),
        new("POST", "/api/complaints/{id:long}/notes", Handle, HttpStatusCode.OK, true, Step(Stage.InProgress, "notes",
            _ => new { kind = "InvestigationFinding", text = "核查记录" })),
        new("POST", "/api/complaints/{id:long}/resolve", Handle, HttpStatusCode.OK, true, Step(Stage.InProgress, "resolve",
            _ => new { outcome = "已补寄", measuresTaken = "补寄新卡", upheld = true })),
        new("POST", "/api/complaints/{id:long}/feedback", Handle, HttpStatusCode.OK, true, Step(Stage.Resolved, "feedback",
            _ => new { channel = "Phone", summary = "电话告知" })),
        new("POST", "/api/complaints/{id:long}/confirm", CustomerReply, HttpStatusCode.OK, true, Step(Stage.AwaitingConfirmation, "confirm",
            _ => new { customerSatisfied = true })),
        new("POST", "/api/complaints/{id:long}/appeal", CustomerReply, HttpStatusCode.OK, true, Step(Stage.AwaitingConfirmation, "appeal",
            _ => new { reason = "不认可" })),
        new("POST", "/api/complaints/{id:long}/close", Handle, HttpStatusCode.OK, true, Step(Stage.AwaitingConfirmation, "close",
            _ => new { comment = "三次联系未果" })),
        new("POST", "/api/complaints/{id:long}/withdraw", CustomerReply, HttpStatusCode.OK, true, Step(Stage.Registered, "withdraw",
            _ => new { reason = "客户撤回" })),
        new("POST", "/api/complaints/{id:long}/escalate", Handle, HttpStatusCode.OK, true, Step(Stage.InProgress, "escalate", _ => Report)),
        new("POST", "/api/complaints/{id:long}/escalation/decision", SupervisorOnly, HttpStatusCode.OK, true,
            Step(Stage.EscalationPending, "escalation/decision", _ => new { decision = "主管当天回电" })),
        new("POST", "/api/complaints/{id:long}/pause", Handle, HttpStatusCode.OK, true, Step(Stage.InProgress, "pause",
            _ => new { reason = "等待外部鉴定" })),
        new("POST", "/api/complaints/{id:long}/resume", Handle, HttpStatusCode.OK, true, Step(Stage.Paused, "resume", _ => null)),
        new("POST", "/api/complaints/{id:long}/extension", Handle, HttpStatusCode.OK, true, Step(Stage.InProgress, "extension",
            _ => new { reason = "需调取第三方记录" })),
        new("POST", "/api/complaints/{id:long}/extension/decision", Approvers, HttpStatusCode.OK, true,
            Step(Stage.ExtensionPending, "extension/decision", _ => new { approve = true, comment = "同意" })),

        new("GET", "/api/categories", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/categories"))),
        new("POST", "/api/categories", AdminOnly, HttpStatusCode.Created, true, _ => Task.FromResult(
            new Call("/api/categories", new { code = $"RM_CAT_{Next()}", name = "矩阵类别", nameEn = "Matrix category" }))),
        new("PUT", "/api/categories/{id:long}", AdminOnly, HttpStatusCode.OK, true, async t =>
        {
            var category = await t.CreateAsync<CategoryView>("/api/categories", new { code = $"RM_CAT_{Next()}", name = "旧名", nameEn = "Old" });
            return new Call($"/api/categories/{category.Id}", new { code = category.Code, name = "新名", nameEn = "New" });
        }),
        new("GET", "/api/departments", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/departments"))),
        new("POST", "/api/departments", AdminOnly, HttpStatusCode.Created, true, _ => Task.FromResult(
            new Call("/api/departments", new { code = $"RM_DEP_{Next()}", name = "矩阵部门" }))),
        new("PUT", "/api/departments/{id:long}", AdminOnly, HttpStatusCode.OK, true, async t =>
        {
            var department = await t.CreateAsync<DepartmentView>("/api/departments", new { code = $"RM_DEP_{Next()}", name = "旧部门" });
            return new Call($"/api/departments/{department.Id}", new { code = department.Code, name = "新部门" });
        }),
        new("GET", "/api/staff", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/staff"))),
        new("POST", "/api/staff", AdminOnly, HttpStatusCode.Created, true, _ => Task.FromResult(new Call("/api/staff", NewStaff(Next())))),
        new("PUT", "/api/staff/{id:long}", AdminOnly, HttpStatusCode.OK, true, async t =>
        {
            var n = Next();
            var staff = await t.CreateAsync<StaffView>("/api/staff", NewStaff(n));
            return new Call($"/api/staff/{staff.Id}", new
            {
                userName = staff.UserName, displayName = "改名后", staffNumber = staff.StaffNumber, roles = new[] { Roles.Handler },
            });
        }),

        new("GET", "/api/sla/profiles", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/sla/profiles"))),
        new("GET", "/api/sla/settings", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/sla/settings"))),
        // The profile and calendar stay the shipped ones, so the other rows' clocks do not change; the row is still rewritten.
        new("PUT", "/api/sla/settings", AdminOnly, HttpStatusCode.OK, true, _ => Task.FromResult(
            new Call("/api/sla/settings", new { profileCode = "CN-NFRA", calendarCode = "CN" }))),
        new("GET", "/api/sla/calendars", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/sla/calendars"))),
        new("POST", "/api/sla/calendars", AdminOnly, HttpStatusCode.Created, true, _ => Task.FromResult(
            new Call("/api/sla/calendars", NewCalendar(Next())))),
        new("GET", "/api/sla/calendars/{code}", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/sla/calendars/CN"))),
        new("PUT", "/api/sla/calendars/{code}", AdminOnly, HttpStatusCode.OK, true, async t =>
        {
            var code = await t.NewCalendarAsync();
            return new Call($"/api/sla/calendars/{code}", new
            {
                name = "改名日历", timeZone = "Asia/Shanghai", dayStart = "08:30", dayEnd = "17:30", workingWeekdays = new[] { 1, 2, 3, 4, 5, 6 },
            });
        }),
        new("PUT", "/api/sla/calendars/{code}/days/{date}", AdminOnly, HttpStatusCode.OK, true, async t =>
            new Call($"/api/sla/calendars/{await t.NewCalendarAsync()}/days/2026-12-24", new { kind = "Holiday", name = "矩阵假日" })),
        new("DELETE", "/api/sla/calendars/{code}/days/{date}", AdminOnly, HttpStatusCode.OK, true, async t =>
        {
            var code = await t.NewCalendarAsync();
            await Api.ExpectAsync(await (await t.AdminAsync()).PutAsJsonAsync($"/api/sla/calendars/{code}/days/2026-12-26",
                new { kind = "WorkingDay", name = "矩阵调休" }), HttpStatusCode.OK);
            return new Call($"/api/sla/calendars/{code}/days/2026-12-26");
        }),
        new("GET", "/api/sla/policies", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/sla/policies"))),
        new("POST", "/api/sla/policies", AdminOnly, HttpStatusCode.Created, true, async t =>
            new Call("/api/sla/policies", NewPolicy(await t.NewCategoryIdAsync()))),
        new("GET", "/api/sla/policies/{id:long}", AnyStaff, HttpStatusCode.OK, false, async t =>
            new Call($"/api/sla/policies/{await t.NewPolicyIdAsync()}")),
        new("PUT", "/api/sla/policies/{id:long}", AdminOnly, HttpStatusCode.OK, true, async t =>
        {
            var categoryId = await t.NewCategoryIdAsync();
            var policy = await t.CreateAsync<JsonElement>("/api/sla/policies", NewPolicy(categoryId));
            return new Call($"/api/sla/policies/{policy.GetProperty("id").GetInt64()}", NewPolicy(categoryId, "改过的政策"));
        }),

        new("GET", "/api/admin/outbox", AdminOnly, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/admin/outbox?status=Parked"))),
        new("POST", "/api/admin/outbox/{id:long}/resend", AdminOnly, HttpStatusCode.OK, true, async t => new Call(
            $"/api/admin/outbox/{await OutboxRows.AddAsync(t.Database, MessageChannel.Sms, "13800001111", "受理", "短信", DateTimeOffset.UtcNow, parked: true)}/resend")),
        new("GET", "/api/notifications", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/notifications"))),
        new("POST", "/api/notifications/{id:long}/read", AnyStaff, HttpStatusCode.OK, true,
            async t => new Call($"/api/notifications/{await t.NewNotificationAsync("admin")}/read"),
            async (t, caller) => new Call($"/api/notifications/{await t.NewNotificationAsync(caller)}/read")),
        // The caller's notifications are read first (another row may have left one unread), so the call itself writes nothing.
        new("POST", "/api/notifications/read-all", AnyStaff, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/notifications/read-all")),
            async (t, caller) =>
            {
                (await t.SendAsync(caller, "POST", new Call("/api/notifications/read-all"))).EnsureSuccessStatusCode();
                return new Call("/api/notifications/read-all");
            }),
        new("GET", "/api/admin/templates", AdminOnly, HttpStatusCode.OK, false, _ => Task.FromResult(new Call("/api/admin/templates"))),
        new("GET", "/api/admin/templates/{key}/{language}", AdminOnly, HttpStatusCode.OK, false,
            _ => Task.FromResult(new Call("/api/admin/templates/acknowledgement/en"))),
        new("PUT", "/api/admin/templates/{key}/{language}", AdminOnly, HttpStatusCode.OK, true, _ => Task.FromResult(
            new Call("/api/admin/templates/callback-due/en", new { subject = "Call-back due: {number}", body = "Call back by {dueAt}: {text}" }))),
        // The customer's side: anonymous, the signed link being the credential; a staff token changes nothing.
        new("POST", "/api/customer/lookup", Everyone, HttpStatusCode.OK, false, async t =>
            new Call("/api/customer/lookup", new { number = (await t.ComplaintAtAsync(Stage.Registered)).Number, phone = "13800001111" })),
        new("GET", "/api/customer/complaints/{token}", Everyone, HttpStatusCode.OK, false, async t =>
            new Call($"/api/customer/complaints/{await t.CustomerTokenAsync(Stage.Registered)}")),
        new("POST", "/api/customer/complaints/{token}/confirm", Everyone, HttpStatusCode.OK, true, async t =>
            new Call($"/api/customer/complaints/{await t.CustomerTokenAsync(Stage.AwaitingConfirmation)}/confirm", new { satisfied = true })),
        new("POST", "/api/customer/complaints/{token}/appeal", Everyone, HttpStatusCode.OK, true, async t =>
            new Call($"/api/customer/complaints/{await t.CustomerTokenAsync(Stage.AwaitingConfirmation)}/appeal", new { reason = "不认可" })),
        new("POST", "/api/customer/complaints/{token}/survey", Everyone, HttpStatusCode.OK, true, async t =>
            new Call($"/api/customer/complaints/{await t.CustomerTokenAsync(Stage.AwaitingConfirmation, confirmed: true)}/survey", new { rating = 4 })),
        new("GET", "/api/reports/dashboard", ReportReaders, HttpStatusCode.OK, false,
            _ => Task.FromResult(new Call("/api/reports/dashboard?from=2026-01-01&to=2026-01-31"))),
        new("GET", "/api/reports/complaints", ReportReaders, HttpStatusCode.OK, false,
            _ => Task.FromResult(new Call("/api/reports/complaints?figure=received&from=2026-01-01&to=2026-01-31"))),
        new("GET", "/api/reports/tables/{table}", ReportReaders, HttpStatusCode.OK, false,
            _ => Task.FromResult(new Call("/api/reports/tables/handlers?from=2026-01-01&to=2026-01-31"))),
        new("GET", "/api/reports/monthly", ReportReaders, HttpStatusCode.OK, false,
            _ => Task.FromResult(new Call("/api/reports/monthly?month=2026-01"))),
        new("PUT", "/api/reports/monthly/{month}/comments/{section}", ReportReaders, HttpStatusCode.OK, true,
            _ => Task.FromResult(new Call("/api/reports/monthly/2026-01/comments/summary", new { text = "一月点评" }))),
        new("GET", "/api/reports/regulatory", Approvers, HttpStatusCode.OK, false,
            _ => Task.FromResult(new Call("/api/reports/regulatory?quarter=2026Q3"))),
    ];

    private async Task<long> NewNotificationAsync(string userName)
    {
        await using var db = fx.Database.CreateContext();
        var notification = new ComplaintDesk.Notifications.InApp.StaffNotification(
            fx.Staff.ByUserName[userName].Id, null, "矩阵通知", "矩阵通知正文", DateTimeOffset.UtcNow);
        db.StaffNotifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private static object NewCalendar(int n) => new
    {
        code = $"RM_CAL_{n}", name = "矩阵日历", timeZone = "Asia/Shanghai", dayStart = "09:00", dayEnd = "17:00",
        workingWeekdays = new[] { 1, 2, 3, 4, 5 },
    };

    /// <summary>A policy for one category only: the rows' complaints are unclassified, so their clocks stay the profile's.</summary>
    private static object NewPolicy(long categoryId, string name = "矩阵政策") => new
    {
        name, categoryId,
        acknowledgement = new { amount = 4, unit = "BusinessHours" },
        firstContact = new { amount = 1, unit = "BusinessDays" },
        resolution = new { amount = 10, unit = "CalendarDays" },
    };

    private Task<HttpClient> AdminAsync() => fx.ClientAsync("admin");

    private async Task<string> NewCalendarAsync()
    {
        var calendar = await CreateAsync<JsonElement>("/api/sla/calendars", NewCalendar(Next()));
        return calendar.GetProperty("code").GetString()!;
    }

    private async Task<long> NewCategoryIdAsync() =>
        (await CreateAsync<CategoryView>("/api/categories", new { code = $"RM_SLA_{Next()}", name = "矩阵类别", nameEn = "Matrix category" })).Id;

    private async Task<long> NewPolicyIdAsync() =>
        (await CreateAsync<JsonElement>("/api/sla/policies", NewPolicy(await NewCategoryIdAsync()))).GetProperty("id").GetInt64();

    private static object NewStaff(int n) => new
    {
        userName = $"matrix-{n}", displayName = "矩阵员工", staffNumber = $"RM{n:D4}", roles = new[] { Roles.Handler },
        password = "Matrix-Password-1",
    };

    public static TheoryData<string, string> AllowedCalls() => Cases(allowed: true);
    public static TheoryData<string, string> RefusedCalls() => Cases(allowed: false);

    private static TheoryData<string, string> Cases(bool allowed)
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Matrix)
        foreach (var caller in Callers.Where(c => route.Allows(c) == allowed))
            data.Add(route.Key, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedCalls))]
    public async Task A_caller_the_policy_names_gets_the_success_status(string route, string caller)
    {
        var row = Matrix.Single(r => r.Key == route);
        var call = row.PrepareForCaller is { } own ? await own(this, caller) : await PrepareAsync(row, reusable: !row.Writes);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await SendAsync(caller, row.Method, call);

        await Api.ExpectAsync(response, row.Success);
        var after = await RowCounts.TakeAsync(fx.Database);
        if (row.Writes) after.ShouldNotBe(before);
        else after.ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(RefusedCalls))]
    public async Task Any_other_caller_is_refused_with_403_or_401_when_anonymous_and_nothing_is_written(string route, string caller)
    {
        var row = Matrix.Single(r => r.Key == route);
        var call = await PrepareAsync(row, reusable: true);
        var before = await RowCounts.TakeAsync(fx.Database);

        var response = await SendAsync(caller, row.Method, call);

        await Api.ProblemAsync(response, caller == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
        (await RowCounts.TakeAsync(fx.Database)).ShouldBe(before);
    }

    [Fact]
    public void The_matrix_lists_every_api_route_exactly_once()
    {
        var mapped = fx.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order()
            .ToList();

        Matrix.Select(r => r.Key).Order().ShouldBe(mapped);
    }

    [Fact]
    public async Task A_forged_or_expired_looking_bearer_token_is_401()
    {
        var client = fx.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-real-token");

        var response = await client.GetAsync("/api/complaints");

        await Api.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_user_cannot_sign_in()
    {
        var client = fx.App.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "not-the-password" });
        var unknownUser = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = TestStaff.Password });

        (await Api.ProblemAsync(wrongPassword, HttpStatusCode.Unauthorized)).GetProperty("title").GetString().ShouldBe("Sign-in failed");
        (await Api.ProblemAsync(unknownUser, HttpStatusCode.Unauthorized)).GetProperty("title").GetString().ShouldBe("Sign-in failed");
    }

    /// <summary>
    /// A call that changes nothing (a read, or any refused call) can reuse one prepared state for all callers, which keeps
    /// the matrix fast; a call that succeeds and writes gets its own.
    /// </summary>
    private Task<Call> PrepareAsync(Route row, bool reusable) =>
        reusable ? Prepared.GetOrAdd($"{fx.Database.Name} {row.Key}", _ => row.Prepare(this)) : row.Prepare(this);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<Call>> Prepared = new();

    private async Task<HttpResponseMessage> SendAsync(string caller, string method, Call call)
    {
        var client = caller == "anonymous" ? fx.App.CreateClient() : await fx.ClientAsync(caller);
        var request = new HttpRequestMessage(new HttpMethod(method), call.Url)
        {
            Content = call.Body is null ? null : JsonContent.Create(call.Body, call.Body.GetType()),
        };
        return await client.SendAsync(request);
    }

    private async Task<T> CreateAsync<T>(string url, object body)
    {
        var response = await (await fx.ClientAsync("admin")).PostAsJsonAsync(url, body);
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<T>(Api.Json))!;
    }

    /// <summary>A new complaint, registered by a supervisor, brought to the given stage; assigned to "handler" from Assigned on.</summary>
    private async Task<ComplaintView> ComplaintAtAsync(Stage stage)
    {
        var c = await fx.Given.RegisterAsync(by: "supervisor");
        return stage switch
        {
            Stage.EscalationPending => await fx.Given.StepAsync(c.Id, "escalate", Report, "supervisor"),
            Stage.DepartmentQueue => await fx.Given.StepAsync(c.Id, "assign", new { departmentId = fx.Staff.DepartmentId }, "supervisor"),
            Stage.Paused => await fx.Given.StepAsync((await fx.Given.BringToAsync(c, ComplaintStatus.InProgress)).Id, "pause", new { reason = "等待外部鉴定" }),
            Stage.ExtensionPending => await fx.Given.StepAsync((await fx.Given.BringToAsync(c, ComplaintStatus.InProgress)).Id, "extension", new { reason = "需调取第三方记录" }),
            _ => await fx.Given.BringToAsync(c, Enum.Parse<ComplaintStatus>(stage.ToString()),
                resolution: new { outcome = "结论", measuresTaken = "措施", upheld = false }, feedback: new { channel = "Sms", summary = "短信告知" }),
        };
    }

    /// <summary>The customer's link token of a new complaint at the given stage (closed by confirmation when asked).</summary>
    private async Task<string> CustomerTokenAsync(Stage stage, bool confirmed = false)
    {
        var c = await ComplaintAtAsync(stage);
        if (confirmed) await Api.StepAsync(await fx.ClientAsync("counter"), c.Id, "confirm", new { customerSatisfied = true });
        var response = await fx.App.CreateClient().PostAsJsonAsync("/api/customer/lookup", new { number = c.Number, phone = "13800001111" });
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
