using ComplaintDesk.Data;
using ComplaintDesk.Web.Api.ReferenceData;

namespace ComplaintDesk.IntegrationTests.ReferenceData;

/// <summary>Categories and departments: every role reads them, Admin creates and changes them; codes are unique and fixed.</summary>
public sealed class ReferenceDataApiTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private static int _unique;
    private static string Code(string prefix) => $"{prefix}_{Interlocked.Increment(ref _unique)}";

    private async Task<HttpClient> AdminAsync() => await fx.ClientAsync("admin");

    private async Task<T> CreatedAsync<T>(HttpResponseMessage response)
    {
        await Api.ExpectAsync(response, HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<T>(Api.Json))!;
        return created;
    }

    [Theory]
    [InlineData("counter")]
    [InlineData("handler")]
    [InlineData("supervisor")]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task Every_role_reads_categories_and_departments_in_code_order(string user)
    {
        var client = await fx.ClientAsync(user);

        var categories = await Api.GetAsync<List<CategoryView>>(client, "/api/categories");
        var departments = await Api.GetAsync<List<DepartmentView>>(client, "/api/departments");

        categories.Select(c => c.Code).ShouldContain("UNCLASSIFIED");
        categories.Single(c => c.Id == fx.Staff.CategoryId).ShouldBe(new CategoryView(fx.Staff.CategoryId, "CARD_DELIVERY", "信用卡寄送", "Card delivery", true));
        categories.Select(c => c.Code).ShouldBe(categories.Select(c => c.Code).Order(StringComparer.Ordinal));
        departments.Single(d => d.Id == fx.Staff.DepartmentId).ShouldBe(new DepartmentView(fx.Staff.DepartmentId, "CARD", "信用卡中心", true));
        departments.Select(d => d.Code).ShouldBe(departments.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    // ---- categories ------------------------------------------------------------------------------------------------

    [Fact]
    public async Task An_admin_creates_a_category_that_is_listed_and_can_be_given_to_a_complaint()
    {
        var code = Code("FEES");

        var response = await (await AdminAsync()).PostAsJsonAsync("/api/categories", new { code, name = "收费争议", nameEn = "Fee dispute" });

        var created = await CreatedAsync<CategoryView>(response);
        response.Headers.Location!.ToString().ShouldBe($"/api/categories/{created.Id}");
        created.ShouldBe(new CategoryView(created.Id, code, "收费争议", "Fee dispute", true));
        (await Api.GetAsync<List<CategoryView>>(await fx.ClientAsync("counter"), "/api/categories")).ShouldContain(created);
        var complaint = await Api.RegisterAsync(await fx.ClientAsync("counter"), Api.NewComplaint(categoryId: created.Id));
        complaint.CategoryId.ShouldBe(created.Id);
    }

    [Fact]
    public async Task A_category_created_inactive_is_listed_as_inactive()
    {
        var created = await CreatedAsync<CategoryView>(await (await AdminAsync()).PostAsJsonAsync("/api/categories",
            new { code = Code("OLD"), name = "旧类别", nameEn = "Old", isActive = false }));

        created.IsActive.ShouldBeFalse();
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM categories WHERE id = {created.Id} AND NOT is_active")).ShouldBe(1);
    }

    [Fact]
    public async Task A_second_category_with_an_existing_code_is_409_on_code()
    {
        var admin = await AdminAsync();
        var code = Code("DUP");
        await CreatedAsync<CategoryView>(await admin.PostAsJsonAsync("/api/categories", new { code, name = "甲", nameEn = "A" }));

        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/categories", new { code, name = "乙", nameEn = "B" }), HttpStatusCode.Conflict, "code");
        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/categories", new { code = "UNCLASSIFIED", name = "乙", nameEn = "B" }),
            HttpStatusCode.Conflict, "code");
    }

    public static TheoryData<string, string> BadCategories() => new()
    {
        { """{}""", "code name nameEn" },
        { """{"code":"card-fees","name":"x","nameEn":"x"}""", "code" },
        { """{"code":"Card","name":"x","nameEn":"x"}""", "code" },
        { $$"""{"code":"{{new string('C', Limits.Code + 1)}}","name":"x","nameEn":"x"}""", "code" },
        { $$"""{"code":"OK_CODE","name":"{{new string('名', Limits.Name + 1)}}","nameEn":"x"}""", "name" },
        { $$"""{"code":"OK_CODE","name":"x","nameEn":"{{new string('n', Limits.Name + 1)}}"}""", "nameEn" },
        { """{"code":"OK_CODE","name":" ","nameEn":"x"}""", "name" },
        { """{"code":"OK_CODE","name":"x","nameEn":"x","isActive":"yes"}""", "isActive" },
        { """{"code":"OK_CODE","name":"x","nameEn":"x","colour":"red"}""", "colour" },
    };

    [Theory]
    [MemberData(nameof(BadCategories))]
    public async Task A_category_with_bad_fields_is_400_naming_them_and_nothing_is_stored(string json, string fields)
    {
        var admin = await AdminAsync();

        await RowCounts.RefusedAsync(fx.Database, () => Api.RawAsync(admin, HttpMethod.Post, "/api/categories", json), HttpStatusCode.BadRequest, fields);
        await RowCounts.RefusedAsync(fx.Database, () => Api.RawAsync(admin, HttpMethod.Put, $"/api/categories/{fx.Staff.CategoryId}", json), HttpStatusCode.BadRequest, fields);
    }

    [Fact]
    public async Task An_admin_renames_and_retires_a_category_and_it_can_then_no_longer_be_given_to_a_complaint()
    {
        var admin = await AdminAsync();
        var created = await CreatedAsync<CategoryView>(await admin.PostAsJsonAsync("/api/categories", new { code = Code("ATM"), name = "ATM", nameEn = "ATM" }));

        var renamed = await admin.PutAsJsonAsync($"/api/categories/{created.Id}", new { code = created.Code, name = "自助设备", nameEn = "Self-service", isActive = false });

        await Api.ExpectAsync(renamed, HttpStatusCode.OK);
        (await renamed.Content.ReadFromJsonAsync<CategoryView>(Api.Json)).ShouldBe(created with { Name = "自助设备", NameEn = "Self-service", IsActive = false });
        (await Api.GetAsync<List<CategoryView>>(admin, "/api/categories")).ShouldContain(created with { Name = "自助设备", NameEn = "Self-service", IsActive = false });
        var refused = await (await fx.ClientAsync("counter")).PostAsJsonAsync("/api/complaints", Api.NewComplaint(categoryId: created.Id));
        (await Api.ErrorFieldsAsync(refused)).ShouldBe(["categoryId"]);
    }

    [Fact]
    public async Task Updating_a_category_without_is_active_keeps_its_current_activity()
    {
        var admin = await AdminAsync();
        var created = await CreatedAsync<CategoryView>(await admin.PostAsJsonAsync("/api/categories",
            new { code = Code("KEEP"), name = "甲", nameEn = "A", isActive = false }));

        var updated = await admin.PutAsJsonAsync($"/api/categories/{created.Id}", new { code = created.Code, name = "乙", nameEn = "B" });

        await Api.ExpectAsync(updated, HttpStatusCode.OK);
        (await updated.Content.ReadFromJsonAsync<CategoryView>(Api.Json))!.IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task A_category_code_cannot_be_changed()
    {
        var admin = await AdminAsync();

        await RowCounts.RefusedAsync(fx.Database, () => admin.PutAsJsonAsync($"/api/categories/{fx.Staff.CategoryId}", new { code = "CARD_RENAMED", name = "x", nameEn = "x" }),
            HttpStatusCode.BadRequest, "code");
        (await fx.Database.ScalarAsync($"SELECT count(*) FROM categories WHERE id = {fx.Staff.CategoryId} AND code = 'CARD_DELIVERY'")).ShouldBe(1);
    }

    // ---- departments -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task An_admin_creates_a_department_that_is_listed_and_can_take_a_complaint()
    {
        var code = Code("OPS");

        var response = await (await AdminAsync()).PostAsJsonAsync("/api/departments", new { code, name = "运营部" });

        var created = await CreatedAsync<DepartmentView>(response);
        response.Headers.Location!.ToString().ShouldBe($"/api/departments/{created.Id}");
        created.ShouldBe(new DepartmentView(created.Id, code, "运营部", true));
        (await Api.GetAsync<List<DepartmentView>>(await fx.ClientAsync("handler"), "/api/departments")).ShouldContain(created);
        var supervisor = await fx.ClientAsync("supervisor");
        var complaint = await Api.RegisterAsync(supervisor);
        (await Api.StepAsync(supervisor, complaint.Id, "assign", new { departmentId = created.Id })).Assignment.DepartmentId.ShouldBe(created.Id);
    }

    [Fact]
    public async Task A_second_department_with_an_existing_code_is_409_on_code()
    {
        var admin = await AdminAsync();

        await RowCounts.RefusedAsync(fx.Database, () => admin.PostAsJsonAsync("/api/departments", new { code = "CARD", name = "另一个信用卡中心" }), HttpStatusCode.Conflict, "code");
    }

    public static TheoryData<string, string> BadDepartments() => new()
    {
        { """{}""", "code name" },
        { """{"code":"ops dept","name":"x"}""", "code" },
        { $$"""{"code":"{{new string('D', Limits.Code + 1)}}","name":"x"}""", "code" },
        { $$"""{"code":"OK_CODE","name":"{{new string('部', Limits.Name + 1)}}"}""", "name" },
        { """{"code":"OK_CODE","name":"x","nameEn":"x"}""", "nameEn" },
        { """{"code":7,"name":"x"}""", "code" },
    };

    [Theory]
    [MemberData(nameof(BadDepartments))]
    public async Task A_department_with_bad_fields_is_400_naming_them_and_nothing_is_stored(string json, string fields)
    {
        var admin = await AdminAsync();

        await RowCounts.RefusedAsync(fx.Database, () => Api.RawAsync(admin, HttpMethod.Post, "/api/departments", json), HttpStatusCode.BadRequest, fields);
        await RowCounts.RefusedAsync(fx.Database, () => Api.RawAsync(admin, HttpMethod.Put, $"/api/departments/{fx.Staff.DepartmentId}", json), HttpStatusCode.BadRequest, fields);
    }

    [Fact]
    public async Task An_admin_renames_and_closes_a_department_and_complaints_can_then_no_longer_be_assigned_to_it()
    {
        var admin = await AdminAsync();
        var created = await CreatedAsync<DepartmentView>(await admin.PostAsJsonAsync("/api/departments", new { code = Code("BRANCH"), name = "支行" }));

        var closed = await admin.PutAsJsonAsync($"/api/departments/{created.Id}", new { code = created.Code, name = "已撤销支行", isActive = false });

        await Api.ExpectAsync(closed, HttpStatusCode.OK);
        (await closed.Content.ReadFromJsonAsync<DepartmentView>(Api.Json)).ShouldBe(created with { Name = "已撤销支行", IsActive = false });
        var supervisor = await fx.ClientAsync("supervisor");
        var complaint = await Api.RegisterAsync(supervisor);
        var refused = await Api.PostAsync(supervisor, complaint.Id, "assign", new { departmentId = created.Id });
        (await Api.ErrorFieldsAsync(refused)).ShouldBe(["departmentId"]);
        (await Api.GetAsync<ComplaintView>(supervisor, $"/api/complaints/{complaint.Id}")).Assignment.DepartmentId.ShouldBeNull();
    }

    [Fact]
    public async Task A_department_code_cannot_be_changed()
    {
        await RowCounts.RefusedAsync(fx.Database, async () => await (await AdminAsync()).PutAsJsonAsync($"/api/departments/{fx.Staff.DepartmentId}", new { code = "CARDS", name = "x" }),
            HttpStatusCode.BadRequest, "code");
    }
}
