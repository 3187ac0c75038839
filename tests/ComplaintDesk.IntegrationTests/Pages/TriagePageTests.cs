namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class TriagePageTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Bulk_assignment_assigns_each_selected_complaint_and_reports_the_one_closed_meanwhile()
    {
        var a = await fx.Given.RegisterAsync();
        var b = await fx.Given.RegisterAsync();
        var closed = await fx.Given.RegisterAsync();
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var triage = await supervisor.GetPageAsync("/supervision/triage");
        await fx.Given.BringToAsync(closed, ComplaintStatus.Closed);

        var response = await supervisor.SubmitAsync(triage, "#bulk",
            ("Bulk.Selected", a.Id.ToString()), ("Bulk.Selected", b.Id.ToString()), ("Bulk.Selected", closed.Id.ToString()),
            ("Bulk.DepartmentId", fx.Staff.DepartmentId.ToString()), ("Bulk.HandlerId", fx.Staff.ByUserName["handler2"].Id.ToString()));
        var result = await supervisor.FollowAsync(response);

        result.Text("[data-testid=success]").ShouldBe("2 of 3 complaints were assigned.");
        result.Get($"[data-testid=bulk-results] [data-complaint='{a.Id}']").GetAttribute("data-result").ShouldBe("assigned");
        result.Get($"[data-testid=bulk-results] [data-complaint='{b.Id}']").GetAttribute("data-result").ShouldBe("assigned");
        var failed = result.Get($"[data-testid=bulk-results] [data-complaint='{closed.Id}']");
        failed.GetAttribute("data-result").ShouldBe("failed");
        failed.TextContent.ShouldContain("not allowed while the complaint is Closed");
        foreach (var id in new[] { a.Id, b.Id })
        {
            var assigned = await fx.Given.GetAsync(id);
            assigned.Status.ShouldBe(ComplaintStatus.Assigned);
            assigned.Assignment.HandlerId.ShouldBe(fx.Staff.ByUserName["handler2"].Id);
            assigned.Assignment.AssignedByName.ShouldBe("主管甲");
        }
        (await fx.Given.GetAsync(closed.Id)).Status.ShouldBe(ComplaintStatus.Closed);
        result.Find($"#bulk [data-complaint='{a.Id}']").ShouldBeNull();
    }

    [Fact]
    public async Task Bulk_assignment_reports_a_complaint_changed_since_the_list_was_loaded_as_a_conflict()
    {
        var stale = await fx.Given.RegisterAsync();
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var triage = await supervisor.GetPageAsync("/supervision/triage");
        await Api.StepAsync(await fx.ClientAsync("supervisor"), stale.Id, "notes", new { kind = "CustomerContact", text = "客户来电催办", customerVisible = true });

        var result = await supervisor.FollowAsync(await supervisor.SubmitAsync(triage, "#bulk",
            ("Bulk.Selected", stale.Id.ToString()), ("Bulk.DepartmentId", fx.Staff.DepartmentId.ToString())));

        var line = result.Get($"[data-testid=bulk-results] [data-complaint='{stale.Id}']");
        line.GetAttribute("data-result").ShouldBe("failed");
        line.TextContent.ShouldContain("Changed by someone else");
        (await fx.Given.GetAsync(stale.Id)).Status.ShouldBe(ComplaintStatus.Registered);
    }

    [Fact]
    public async Task Bulk_assignment_without_a_selection_or_department_keeps_the_page_with_errors()
    {
        await fx.Given.RegisterAsync();
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var triage = await supervisor.GetPageAsync("/supervision/triage");

        var response = await supervisor.SubmitAsync(triage, "#bulk", ("Bulk.HandlerId", fx.Staff.ByUserName["handler"].Id.ToString()));
        var page = await PageClient.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Bulk.Selected").ShouldBe("Select at least one complaint.");
        page.FieldError("Bulk.DepartmentId").ShouldNotBeEmpty();
        page.Get("#Bulk_HandlerId option[selected]").GetAttribute("value").ShouldBe(fx.Staff.ByUserName["handler"].Id.ToString());
    }

    [Fact]
    public async Task An_unclassified_complaint_is_categorised_and_assigned_in_one_step()
    {
        var complaint = await fx.Given.RegisterAsync(classified: false);
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var triage = await supervisor.GetPageAsync($"/supervision/triage?complaint={complaint.Id}");

        var result = await supervisor.FollowAsync(await supervisor.SubmitAsync(triage, "form[action*='handler=Assign']",
            ("Assign.DepartmentId", fx.Staff.DepartmentId.ToString()), ("Assign.HandlerId", fx.Staff.ByUserName["handler"].Id.ToString()),
            ("Assign.CategoryId", fx.Staff.CategoryId.ToString()), ("Assign.Priority", "High")));

        result.Text("[data-testid=success]").ShouldBe($"Complaint {complaint.Number} was assigned.");
        var view = await fx.Given.GetAsync(complaint.Id);
        view.CategoryId.ShouldBe(fx.Staff.CategoryId);
        view.Priority.ShouldBe(Priority.High);
        view.Status.ShouldBe(ComplaintStatus.Assigned);
        var timeline = await Api.GetAsync<TimelineView>(await fx.ClientAsync("supervisor"), $"/api/complaints/{complaint.Id}/timeline");
        timeline.Entries.TakeLast(2).Select(e => e.Type).ShouldBe([TimelineEventType.Recategorized, TimelineEventType.Assigned]);
        timeline.Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task An_unclassified_complaint_stays_in_triage_until_categorised()
    {
        var complaint = await fx.Given.RegisterAsync(classified: false);
        await fx.Given.AssignAsync(complaint.Id);
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");

        var triage = await supervisor.GetPageAsync("/supervision/triage");

        triage.Find($"#bulk [data-complaint='{complaint.Id}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Single_assignment_errors_stay_beside_the_fields_and_a_conflict_keeps_the_input()
    {
        var complaint = await fx.Given.RegisterAsync();
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var triage = await supervisor.GetPageAsync($"/supervision/triage?complaint={complaint.Id}");
        const string form = "form[action*='handler=Assign']";
        var handlerId = fx.Staff.ByUserName["handler"].Id.ToString();

        var missing = await PageClient.ReadAsync(await supervisor.SubmitAsync(triage, form, ("Assign.HandlerId", handlerId)));
        await Api.StepAsync(await fx.ClientAsync("supervisor"), complaint.Id, "notes", new { kind = "InternalNote", text = "补充材料", customerVisible = false });
        var conflict = await PageClient.ReadAsync(await supervisor.SubmitAsync(missing, form,
            ("Assign.DepartmentId", fx.Staff.DepartmentId.ToString()), ("Assign.HandlerId", handlerId)));
        var retried = await supervisor.SubmitAsync(conflict, form);

        missing.Status.ShouldBe(HttpStatusCode.OK);
        missing.FieldError("Assign.DepartmentId").ShouldNotBeEmpty();
        missing.Get("#Assign_HandlerId option[selected]").GetAttribute("value").ShouldBe(handlerId);
        conflict.Status.ShouldBe(HttpStatusCode.OK);
        conflict.Text("[data-testid=form-errors]").ShouldContain("Someone else changed this complaint");
        conflict.Get("#Assign_DepartmentId option[selected]").GetAttribute("value").ShouldBe(fx.Staff.DepartmentId.ToString());
        retried.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fx.Given.GetAsync(complaint.Id)).Assignment.HandlerId.ShouldBe(fx.Staff.ByUserName["handler"].Id);
    }

    [Fact]
    public async Task The_longest_waiting_complaint_comes_first()
    {
        var older = await fx.Given.RegisterAsync(DateTimeOffset.UtcNow.AddDays(-40));
        var newer = await fx.Given.RegisterAsync(DateTimeOffset.UtcNow.AddDays(-39));
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");

        var first = await supervisor.GetPageAsync("/supervision/triage");
        var ids = first.All("#bulk tbody tr").Select(r => r.GetAttribute("data-complaint")).ToList();

        ids.IndexOf(older.Id.ToString()).ShouldBe(0);
        ids.IndexOf(newer.Id.ToString()).ShouldBe(1);
    }
}
