using ComplaintDesk.Data;
using ComplaintDesk.Staff;

namespace ComplaintDesk.IntegrationTests.Staff;

/// <summary>The staff directory: every role reads it (to pick a handler), Admin creates and changes staff; hashes never leave.</summary>
public sealed class StaffApiTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private const string Password = "A-Good-Password-42";
    private static int _unique;

    private static object NewStaff(int n, string role = Roles.Handler, long? departmentId = null, string password = Password) => new
    {
        userName = $"staff.test-{n}", displayName = $"测试员工{n}", staffNumber = $"T{n:D4}", roles = new[] { role }, departmentId, password,
    };

    private async Task<HttpClient> AdminAsync() => await fx.ClientAsync("admin");

    private async Task<StaffView> CreateAsync(string role = Roles.Handler)
    {
        var n = Interlocked.Increment(ref _unique);
        var response = await (await AdminAsync()).PostAsJsonAsync("/api/staff", NewStaff(n, role, fx.Staff.DepartmentId));
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<StaffView>(Api.Json))!;
    }

    private async Task<HttpStatusCode> SignInAsync(string userName, string password) =>
        (await fx.App.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password })).StatusCode;

    private async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var response = await fx.App.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });
        await Api.ExpectAsync(response, HttpStatusCode.OK);
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        var client = fx.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static object Update(StaffView s, string? password = null, bool? isActive = null, string[]? roles = null, string? staffNumber = null,
        string? displayName = null) => new
    {
        userName = s.UserName, displayName = displayName ?? s.DisplayName, staffNumber = staffNumber ?? s.StaffNumber,
        roles = roles ?? s.Roles, departmentId = s.DepartmentId, isActive, password,
    };

    [Theory]
    [InlineData("counter")]
    [InlineData("handler")]
    [InlineData("supervisor")]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task Every_role_reads_the_staff_directory_in_staff_number_order_without_password_hashes(string user)
    {
        var response = await (await fx.ClientAsync(user)).GetAsync("/api/staff");

        await Api.ExpectAsync(response, HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("password", Case.Insensitive);
        text.ShouldNotContain("AQAAAA");   // the start of every ASP.NET Core Identity v3 hash
        var staff = (await response.Content.ReadFromJsonAsync<List<StaffView>>(Api.Json))!;
        staff.Select(s => s.StaffNumber).ShouldBe(staff.Select(s => s.StaffNumber).Order(StringComparer.Ordinal));
        var handler = staff.Single(s => s.UserName == "handler");
        handler.ShouldBe(new StaffView(fx.Staff.ByUserName["handler"].Id, "handler", "处理员甲", "H0001", [Roles.Handler], fx.Staff.DepartmentId, true),
            new StaffViewComparer());
    }

    [Fact]
    public async Task An_admin_creates_a_handler_who_can_sign_in_and_be_assigned_a_complaint()
    {
        var n = Interlocked.Increment(ref _unique);

        var response = await (await AdminAsync()).PostAsJsonAsync("/api/staff", NewStaff(n, Roles.Handler, fx.Staff.DepartmentId));

        await Api.ExpectAsync(response, HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<StaffView>(Api.Json))!;
        response.Headers.Location!.ToString().ShouldBe($"/api/staff/{created.Id}");
        created.UserName.ShouldBe($"staff.test-{n}");
        created.Roles.ShouldBe([Roles.Handler]);
        created.IsActive.ShouldBeTrue();
        (await SignInAsync(created.UserName, Password)).ShouldBe(HttpStatusCode.OK);
        var supervisor = await fx.ClientAsync("supervisor");
        var complaint = await Api.RegisterAsync(supervisor);
        var assigned = await Api.StepAsync(supervisor, complaint.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = created.Id });
        assigned.Assignment.HandlerStaffNumber.ShouldBe(created.StaffNumber);
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM staff WHERE id = {created.Id} AND password_hash LIKE 'AQAAAA%'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_duplicate_user_name_or_staff_number_is_409_naming_it()
    {
        var admin = await AdminAsync();
        var existing = await CreateAsync();
        var n = Interlocked.Increment(ref _unique);

        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/staff", new
        {
            userName = existing.UserName, displayName = "重名", staffNumber = $"T{n:D4}", roles = new[] { Roles.Counter }, password = Password,
        }), HttpStatusCode.Conflict, "userName");
        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/staff", new
        {
            userName = $"staff.other-{n}", displayName = "重号", staffNumber = existing.StaffNumber, roles = new[] { Roles.Counter }, password = Password,
        }), HttpStatusCode.Conflict, "staffNumber");
        await RowCounts.RefusedAsync(fx.Database, () => admin.PutAsJsonAsync($"/api/staff/{existing.Id}", Update(existing, staffNumber: "H0001")),
            HttpStatusCode.Conflict, "staffNumber");
    }

    public static TheoryData<string, string> BadStaff() => new()
    {
        { """{}""", "userName displayName staffNumber roles" },
        { """{"userName":"li si","displayName":"x","staffNumber":"X1","roles":["Counter"],"password":"A-Good-Password-42"}""", "userName" },
        { $$"""{"userName":"{{new string('u', Limits.UserName + 1)}}","displayName":"x","staffNumber":"X1","roles":["Counter"],"password":"A-Good-Password-42"}""", "userName" },
        { $$"""{"userName":"ok","displayName":"{{new string('名', Limits.Name + 1)}}","staffNumber":"X1","roles":["Counter"],"password":"A-Good-Password-42"}""", "displayName" },
        { $$"""{"userName":"ok","displayName":"x","staffNumber":"{{new string('9', Limits.StaffNumber + 1)}}","roles":["Counter"],"password":"A-Good-Password-42"}""", "staffNumber" },
        { """{"userName":"ok","displayName":"x","staffNumber":"X1","roles":[],"password":"A-Good-Password-42"}""", "roles" },
        { """{"userName":"ok","displayName":"x","staffNumber":"X1","roles":["Boss"],"password":"A-Good-Password-42"}""", "roles[0]" },
        { """{"userName":"ok","displayName":"x","staffNumber":"X1","roles":["Counter",null],"password":"A-Good-Password-42"}""", "roles[1]" },
        { """{"userName":"ok","displayName":"x","staffNumber":"X1","roles":"Counter","password":"A-Good-Password-42"}""", "roles" },
        { """{"userName":"ok","displayName":"x","staffNumber":"X1","roles":["Counter"],"password":"short"}""", "password" },
        { """{"userName":"ok","displayName":"x","staffNumber":"X1","roles":["Counter"],"password":"A-Good-Password-42","passwordHash":"x"}""", "passwordHash" },
    };

    [Theory]
    [MemberData(nameof(BadStaff))]
    public async Task A_staff_member_with_bad_fields_is_400_naming_them_and_nothing_is_stored(string json, string fields)
    {
        var admin = await AdminAsync();

        await RowCounts.RefusedAsync(fx.Database, () => Api.RawAsync(admin, HttpMethod.Post, "/api/staff", json), HttpStatusCode.BadRequest, fields);
    }

    [Fact]
    public async Task A_new_staff_member_needs_a_password()
    {
        var admin = await AdminAsync();
        var n = Interlocked.Increment(ref _unique);

        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/staff", new
        {
            userName = $"staff.nopass-{n}", displayName = "无密码", staffNumber = $"T{n:D4}", roles = new[] { Roles.Counter },
        }), HttpStatusCode.BadRequest, "password");
    }

    [Fact]
    public async Task A_new_staff_member_needs_an_existing_department()
    {
        var admin = await AdminAsync();
        var n = Interlocked.Increment(ref _unique);

        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/staff", NewStaff(n, departmentId: 987_654_321)), HttpStatusCode.BadRequest, "departmentId");
    }

    [Fact]
    public async Task An_admin_changes_roles_and_name_and_the_password_is_kept_when_none_is_sent()
    {
        var admin = await AdminAsync();
        var member = await CreateAsync(Roles.Counter);

        var response = await admin.PutAsJsonAsync($"/api/staff/{member.Id}",
            Update(member, roles: [Roles.Supervisor, Roles.Handler], displayName: "晋升主管"));

        await Api.ExpectAsync(response, HttpStatusCode.OK);
        var updated = (await response.Content.ReadFromJsonAsync<StaffView>(Api.Json))!;
        updated.Roles.ShouldBe([Roles.Supervisor, Roles.Handler], ignoreOrder: true);
        updated.DisplayName.ShouldBe("晋升主管");
        (await SignInAsync(member.UserName, Password)).ShouldBe(HttpStatusCode.OK);
        // The new roles are in the next token: as a supervisor the member may now assign.
        var promoted = await SignedInClientAsync(member.UserName, Password);
        var complaint = await Api.RegisterAsync(promoted);
        await Api.StepAsync(promoted, complaint.Id, "assign", new { departmentId = fx.Staff.DepartmentId });
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one()
    {
        var member = await CreateAsync();

        await Api.ExpectAsync(await (await AdminAsync()).PutAsJsonAsync($"/api/staff/{member.Id}", Update(member, password: "Another-Password-7")), HttpStatusCode.OK);

        (await SignInAsync(member.UserName, Password)).ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(member.UserName, "Another-Password-7")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_handler_can_neither_sign_in_nor_be_assigned_a_complaint()
    {
        var member = await CreateAsync();

        var response = await (await AdminAsync()).PutAsJsonAsync($"/api/staff/{member.Id}", Update(member, isActive: false));

        await Api.ExpectAsync(response, HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<StaffView>(Api.Json))!.IsActive.ShouldBeFalse();
        (await SignInAsync(member.UserName, Password)).ShouldBe(HttpStatusCode.Unauthorized);
        var supervisor = await fx.ClientAsync("supervisor");
        var complaint = await Api.RegisterAsync(supervisor);
        var refused = await Api.PostAsync(supervisor, complaint.Id, "assign", new { departmentId = fx.Staff.DepartmentId, handlerId = member.Id });
        (await Api.ErrorFieldsAsync(refused)).ShouldBe(["handlerId"]);
    }

    [Fact]
    public async Task The_staff_number_the_deadline_monitor_signs_with_is_reserved()
    {
        var admin = await AdminAsync();
        var n = Interlocked.Increment(ref _unique);

        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/staff", new
        {
            userName = $"staff.system-{n}", displayName = "冒名者", staffNumber = "system", roles = new[] { Roles.Handler },
            departmentId = fx.Staff.DepartmentId, password = Password,
        }), HttpStatusCode.BadRequest, "staffNumber");
    }

    [Fact]
    public async Task A_user_name_cannot_be_changed()
    {
        var member = await CreateAsync();

        await RowCounts.RefusedAsync(fx.Database, async () => await (await AdminAsync()).PutAsJsonAsync($"/api/staff/{member.Id}", new
        {
            userName = member.UserName + "-renamed", displayName = member.DisplayName, staffNumber = member.StaffNumber, roles = member.Roles,
        }), HttpStatusCode.BadRequest, "userName");
    }

    private sealed class StaffViewComparer : IEqualityComparer<StaffView>
    {
        public bool Equals(StaffView? x, StaffView? y) => x is not null && y is not null
            && x with { Roles = [] } == y with { Roles = [] } && x.Roles.SequenceEqual(y.Roles);

        public int GetHashCode(StaffView obj) => obj.Id.GetHashCode();
    }
}
