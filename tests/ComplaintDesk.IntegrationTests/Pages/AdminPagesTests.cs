namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class AdminPagesTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_admin_adds_a_staff_member_who_can_then_sign_in()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var form = await admin.GetPageAsync("/admin/staff/edit");

        var list = await admin.FollowAsync(await admin.SubmitAsync(form, "main form",
            ("Input.UserName", "handler3"), ("Input.StaffNumber", "H0003"), ("Input.DisplayName", "处理员丙"),
            ("Input.DepartmentId", fx.Staff.DepartmentId.ToString()), ("Input.Roles", "Handler"), ("Input.Password", "Handler-Three-Pass-1")));

        list.Text("[data-testid=success]").ShouldBe("处理员丙 (H0003) was added.");
        list.Text("tr[data-user='handler3']").ShouldContain("H0003");
        list.Text("tr[data-user='handler3']").ShouldContain("Handler");
        var handler3 = await PageClient.SignInAsync(fx.App, "handler3", "Handler-Three-Pass-1");
        (await handler3.GetAsync("/supervision/triage")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_duplicate_staff_number_is_shown_beside_the_field_with_the_input_kept()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var form = await admin.GetPageAsync("/admin/staff/edit");

        var response = await admin.SubmitAsync(form, "main form",
            ("Input.UserName", "counter2"), ("Input.StaffNumber", "C0001"), ("Input.DisplayName", "柜员乙"),
            ("Input.Roles", "Counter"), ("Input.Roles", "Handler"), ("Input.Password", "Counter-Two-Pass-1"));
        var page = await PageClient.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Input.StaffNumber").ShouldBe("This value is already in use.");
        page.FieldError("Input.UserName").ShouldBeEmpty();
        page.Get("#Input_UserName").GetAttribute("value").ShouldBe("counter2");
        page.Get("#Input_DisplayName").GetAttribute("value").ShouldBe("柜员乙");
        page.Get("#role-Counter").HasAttribute("checked").ShouldBeTrue();
        page.Get("#role-Handler").HasAttribute("checked").ShouldBeTrue();
        page.Get("#role-Admin").HasAttribute("checked").ShouldBeFalse();
    }

    [Fact]
    public async Task Editing_keeps_the_password_when_none_is_typed_and_can_deactivate()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var id = fx.Staff.ByUserName["handler2"].Id;
        var form = await admin.GetPageAsync($"/admin/staff/edit/{id}");

        var renamed = await admin.SubmitAsync(form, "main form", ("Input.DisplayName", "处理员乙二"));
        var stillSignsIn = await PageClient.Anonymous(fx.App).TrySignInAsync("handler2", TestStaff.Password);
        var again = await admin.GetPageAsync($"/admin/staff/edit/{id}");
        var deactivated = await admin.SubmitAsync(again, "main form", ("Input.IsActive", "false"));
        var refused = await PageClient.Anonymous(fx.App).TrySignInAsync("handler2", TestStaff.Password);

        form.Get("#Input_UserName").HasAttribute("readonly").ShouldBeTrue();
        renamed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stillSignsIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.Get("#Input_DisplayName").GetAttribute("value").ShouldBe("处理员乙二");
        deactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Departments_are_added_renamed_and_taken_out_of_use_and_a_duplicate_code_is_refused()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var page = await admin.GetPageAsync("/admin/departments");

        var added = await admin.FollowAsync(await admin.SubmitAsync(page, "#form form", ("Input.Code", "RETAIL"), ("Input.Name", "零售银行部")));
        var duplicate = await PageClient.ReadAsync(await admin.SubmitAsync(added, "#form form", ("Input.Code", "RETAIL"), ("Input.Name", "另一个")));
        var editing = await admin.GetPageAsync($"/admin/departments?edit={IdOf(added, "RETAIL")}");
        var renamed = await admin.FollowAsync(await admin.SubmitAsync(editing, "#form form", ("Input.Name", "零售金融部")));
        var retired = await admin.FollowAsync(await admin.SubmitAsync(renamed, "tr[data-code='RETAIL'] form"));

        added.Text("tr[data-code='RETAIL']").ShouldContain("零售银行部");
        duplicate.FieldError("Input.Code").ShouldBe("This value is already in use.");
        duplicate.Get("#Input_Name").GetAttribute("value").ShouldBe("另一个");
        renamed.Text("tr[data-code='RETAIL']").ShouldContain("零售金融部");
        retired.Text("tr[data-code='RETAIL']").ShouldContain("No");
        retired.Text("[data-testid=success]").ShouldBe("Department 零售金融部 is no longer in use.");
    }

    [Fact]
    public async Task Categories_are_added_with_both_names_and_unclassified_cannot_be_taken_out_of_use()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var page = await admin.GetPageAsync("/admin/categories");

        var missing = await PageClient.ReadAsync(await admin.SubmitAsync(page, "#form form", ("Input.Code", "fees"), ("Input.Name", "收费争议")));
        var added = await admin.FollowAsync(await admin.SubmitAsync(page, "#form form",
            ("Input.Code", "FEES"), ("Input.Name", "收费争议"), ("Input.NameEn", "Fees and charges")));

        missing.FieldError("Input.Code").ShouldNotBeEmpty();
        missing.FieldError("Input.NameEn").ShouldNotBeEmpty();
        added.Text("tr[data-code='FEES']").ShouldContain("Fees and charges");
        added.Find("tr[data-code='UNCLASSIFIED'] form").ShouldBeNull();
        added.Find("tr[data-code='FEES'] form").ShouldNotBeNull();
    }

    private static string IdOf(HtmlPage page, string code) =>
        page.Get($"tr[data-code='{code}'] input[name='id']").GetAttribute("value")!;
}
