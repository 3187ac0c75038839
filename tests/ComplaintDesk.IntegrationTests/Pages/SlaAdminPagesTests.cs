using ComplaintDesk.Clocks;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.IntegrationTests.Pages;

/// <summary>The Admin's SLA pages: the rules in force, calendars and their special days, SLA policies.</summary>
public sealed class SlaAdminPagesTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_admin_adds_a_holiday_and_a_make_up_day_and_removes_one_again()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var page = await admin.GetPageAsync("/admin/sla/calendars/CN?year=2027");

        var missingName = await PageClient.ReadAsync(await admin.SubmitAsync(page, "[data-testid=day-form]",
            ("Day.Date", "2027-01-01"), ("Day.Kind", "Holiday"), ("Day.Name", "")));
        var holiday = await admin.FollowAsync(await admin.SubmitAsync(page, "[data-testid=day-form]",
            ("Day.Date", "2027-01-01"), ("Day.Kind", "Holiday"), ("Day.Name", "元旦")));
        var makeUp = await admin.FollowAsync(await admin.SubmitAsync(holiday, "[data-testid=day-form]",
            ("Day.Date", "2027-01-09"), ("Day.Kind", "WorkingDay"), ("Day.Name", "元旦调休")));
        var removed = await admin.FollowAsync(await admin.SubmitAsync(makeUp, "tr[data-date='2027-01-09'] form"));

        missingName.Status.ShouldBe(HttpStatusCode.OK);
        missingName.FieldError("Day.Name").ShouldBe("'Name' must not be empty.");
        missingName.Get("#Day_Date").GetAttribute("value").ShouldBe("2027-01-01");
        holiday.Text("[data-testid=success]").ShouldBe("2027-01-01 was recorded as 元旦.");
        holiday.Text("tr[data-date='2027-01-01']").ShouldContain("元旦");
        holiday.Get("tr[data-date='2027-01-01']").GetAttribute("data-kind").ShouldBe("Holiday");
        makeUp.Text("tr[data-date='2027-01-09']").ShouldContain("Make-up working day");
        removed.Find("tr[data-date='2027-01-09']").ShouldBeNull();
        removed.Find("tr[data-date='2027-01-01']").ShouldNotBeNull();
        var stored = await CalendarAsync("CN");
        stored.Days.Where(d => d.Date.Year == 2027).Select(d => (d.Date, d.Kind))
            .ShouldBe([(new DateOnly(2027, 1, 1), DayKind.Holiday)]);
    }

    [Fact]
    public async Task Editing_a_calendars_working_week_that_someone_else_saved_meanwhile_is_shown_as_a_conflict()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var first = await admin.GetPageAsync("/admin/sla/calendars/US");
        var second = await admin.GetPageAsync("/admin/sla/calendars/US");

        var saved = await admin.SubmitAsync(first, "[data-testid=week-form]", ("Input.DayEnd", "18:00"));
        var stale = await admin.SubmitAsync(second, "[data-testid=week-form]", ("Input.Name", "US federal (edited)"), ("Input.DayEnd", "16:30"));
        var shown = await PageClient.ReadAsync(stale);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        shown.Text("[data-testid=form-errors]").ShouldContain("Someone else changed these settings after you opened them.");
        shown.Get("#Input_Name").GetAttribute("value").ShouldBe("US federal (edited)");
        shown.Get("#Input_DayEnd").GetAttribute("value").ShouldBe("16:30");
        (await CalendarAsync("US")).DayEnd.ShouldBe(new TimeOnly(18, 0));
    }

    [Fact]
    public async Task The_admin_adds_a_policy_which_then_sets_the_deadlines_of_a_matching_complaint()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var page = await admin.GetPageAsync("/admin/sla/policies");

        var bad = await PageClient.ReadAsync(await admin.SubmitAsync(page, "#form form",
            ("Input.Name", "信用卡寄送加急"), ("Input.CategoryId", fx.Staff.CategoryId.ToString()), ("Input.Priority", "Urgent"),
            ("Input.Resolution.Amount", "0")));
        var added = await admin.FollowAsync(await admin.SubmitAsync(page, "#form form",
            ("Input.Name", "信用卡寄送加急"), ("Input.CategoryId", fx.Staff.CategoryId.ToString()), ("Input.Priority", "Urgent"),
            ("Input.Acknowledgement.Amount", "4"), ("Input.Acknowledgement.Unit", "BusinessHours"),
            ("Input.FirstContact.Amount", "1"), ("Input.FirstContact.Unit", "BusinessDays"),
            ("Input.Resolution.Amount", "5"), ("Input.Resolution.Unit", "BusinessDays")));
        var counter = await fx.ClientAsync("counter");
        var complaint = await Api.RegisterAsync(counter, new
        {
            customer = new { name = "赵客户", phone = "13900002222" },
            channel = "Website",
            categoryId = fx.Staff.CategoryId,
            priority = "Urgent",
            description = "补寄的卡片仍未收到。",
        });
        var casePage = await (await PageClient.SignInAsync(fx.App, "supervisor")).GetPageAsync($"/complaints/{complaint.Id}");

        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Input.Resolution.Amount").ShouldNotBeEmpty();
        bad.Get("#Input_Name").GetAttribute("value").ShouldBe("信用卡寄送加急");
        bad.Get("#Input_Resolution_Amount").GetAttribute("value").ShouldBe("0");
        added.Text("[data-testid=success]").ShouldStartWith("Policy 信用卡寄送加急 was saved (version 1).");
        var row = added.Text("tr[data-policy='信用卡寄送加急']");
        row.ShouldContain("Card delivery");
        row.ShouldContain("Urgent");
        row.ShouldContain("4 business hours");
        row.ShouldContain("5 business days");
        casePage.Text("tr[data-target=Resolution]").ShouldContain("Policy 信用卡寄送加急, version 1");
        casePage.Text("tr[data-target=Acknowledgement]").ShouldContain("4 business hours");
    }

    [Fact]
    public async Task A_policy_for_no_category_and_no_priority_is_refused_beside_the_category()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var page = await admin.GetPageAsync("/admin/sla/policies");

        var bad = await PageClient.ReadAsync(await admin.SubmitAsync(page, "#form form",
            ("Input.Name", "全部投诉"), ("Input.CategoryId", ""), ("Input.Priority", ""),
            ("Input.Acknowledgement.Amount", "1"), ("Input.Acknowledgement.Unit", "BusinessDays"),
            ("Input.FirstContact.Amount", "2"), ("Input.FirstContact.Unit", "BusinessDays"),
            ("Input.Resolution.Amount", "10"), ("Input.Resolution.Unit", "CalendarDays")));

        bad.Status.ShouldBe(HttpStatusCode.OK);
        bad.FieldError("Input.CategoryId").ShouldStartWith("Name a category, a priority or both");
        bad.Get("#Input_Name").GetAttribute("value").ShouldBe("全部投诉");
    }

    [Fact]
    public async Task A_stale_policy_edit_is_shown_as_a_conflict_with_the_input_kept_and_sending_it_again_saves_it()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var list = await admin.FollowAsync(await admin.SubmitAsync(await admin.GetPageAsync("/admin/sla/policies"), "#form form",
            ("Input.Name", "高优先级"), ("Input.Priority", "High"), ("Input.Resolution.Amount", "10")));
        var id = list.Get("tr[data-policy='高优先级']").GetAttribute("data-id");
        var mine = await admin.GetPageAsync($"/admin/sla/policies?edit={id}");
        var theirs = await admin.GetPageAsync($"/admin/sla/policies?edit={id}");

        await admin.FollowAsync(await admin.SubmitAsync(theirs, "#form form", ("Input.Resolution.Amount", "8")));
        var stale = await admin.SubmitAsync(mine, "#form form", ("Input.Name", "高优先级(七天)"), ("Input.Resolution.Amount", "7"));
        var shown = await PageClient.ReadAsync(stale);
        var resent = await admin.FollowAsync(await admin.SubmitAsync(shown, "#form form"));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        shown.Text("[data-testid=form-errors]").ShouldContain("Someone else changed these settings after you opened them.");
        shown.Text("tr[data-policy='高优先级']").ShouldContain("8 calendar days");
        shown.Get("#Input_Name").GetAttribute("value").ShouldBe("高优先级(七天)");
        shown.Get("#Input_Resolution_Amount").GetAttribute("value").ShouldBe("7");
        resent.Text("tr[data-policy='高优先级(七天)']").ShouldContain("7 calendar days");
        resent.Text("tr[data-policy='高优先级(七天)'] td:nth-child(8)").ShouldBe("3");
    }

    [Fact]
    public async Task The_admin_chooses_the_profile_and_calendar_in_force()
    {
        var admin = await PageClient.SignInAsync(fx.App, "admin");
        var page = await admin.GetPageAsync("/admin/sla");

        var uk = await admin.FollowAsync(await admin.SubmitAsync(page, "#form form", ("Input.ProfileCode", "UK-FCA"), ("Input.CalendarCode", "GB")));
        var back = await admin.FollowAsync(await admin.SubmitAsync(uk, "#form form", ("Input.ProfileCode", "CN-NFRA"), ("Input.CalendarCode", "CN")));

        page.Text("[data-testid=profile]").ShouldBe(RegulatoryProfile.Find(RegulatoryProfile.China)!.Name);
        page.All("[data-testid=profiles] tbody tr").Count.ShouldBe(3);
        uk.Text("[data-testid=profile]").ShouldBe("UK · FCA DISP");
        uk.Text("[data-testid=calendar]").ShouldBe("GB");
        uk.Text("[data-testid=in-force]").ShouldContain("管理员");
        back.Text("[data-testid=calendar]").ShouldBe("CN");
    }

    [Fact]
    public async Task Staff_other_than_the_admin_cannot_open_the_sla_pages()
    {
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");

        foreach (var url in new[] { "/admin/sla", "/admin/sla/calendars", "/admin/sla/calendars/CN", "/admin/sla/policies" })
            PageClient.LocationOf(await supervisor.GetAsync(url)).ShouldStartWith("/account/access-denied");
    }

    private async Task<BusinessCalendar> CalendarAsync(string code)
    {
        await using var db = fx.Database.CreateContext();
        return await db.Calendars.AsNoTracking().Include(c => c.Days).SingleAsync(c => c.Code == code);
    }
}
