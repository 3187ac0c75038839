using System.Globalization;
using ComplaintDesk.Clocks;

namespace ComplaintDesk.IntegrationTests.Pages;

/// <summary>The case page's Deadlines panel and its clock forms: pause, resume, ask for more time, decide the request.</summary>
public sealed class ClockPagesTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly ComplaintScenario _given = fx.Given;

    [Fact]
    public async Task The_panel_shows_the_profile_and_each_target_with_its_due_time_state_and_time_left()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageClient.SignInAsync(fx.App, "handler");

        var page = await handler.GetPageAsync($"/complaints/{c.Id}");

        page.Text("[data-testid=sla-profile]").ShouldBe(RegulatoryProfile.Find(RegulatoryProfile.China)!.Name);
        page.All("[data-testid=deadline-table] tbody tr").Select(r => r.GetAttribute("data-target"))
            .ShouldBe(["Acknowledgement", "FirstContact", "Resolution"]);
        // Taken on the phone: the customer left with the number, so the acknowledgement is met at registration.
        page.Get("tr[data-target=Acknowledgement]").GetAttribute("data-status").ShouldBe("Met");
        var decision = page.Get("tr[data-target=Resolution]");
        decision.GetAttribute("data-status").ShouldBe("OnTrack");
        decision.TextContent.ShouldContain("Running");
        decision.TextContent.ShouldContain("15 calendar days");
        decision.TextContent.ShouldContain("The regulator's default");
        page.Text("[data-testid=left-Resolution-0]").ShouldMatch(@"^1[45] d \d+ h$");
        page.Text("[data-testid=due-Resolution-0]").ShouldBe(Shown(Deadline(c.Clocks, SlaTarget.Resolution).DueAt));
        page.Find("[data-testid=extension-pending]").ShouldBeNull();
    }

    [Fact]
    public async Task The_handler_pauses_and_resumes_the_clocks_from_the_page()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageClient.SignInAsync(fx.App, "handler");
        var page = await handler.GetPageAsync($"/complaints/{c.Id}");

        var paused = await handler.FollowAsync(await handler.SubmitAsync(page, "[data-action=Pause] form",
            ("Pause.Reason", "等待司法鉴定结果")));

        paused.Text("[data-testid=done]").ShouldBe("The clocks are paused.");
        paused.Text("[data-testid=clocks-paused]").ShouldContain("等待司法鉴定结果");
        paused.Get("tr[data-target=Resolution]").TextContent.ShouldContain("Paused");
        paused.Find("[data-action=Pause]").ShouldBeNull();
        (await _given.GetAsync(c.Id)).Clocks.PausedSince.ShouldNotBeNull();

        var resumed = await handler.FollowAsync(await handler.SubmitAsync(paused, "form[data-action=Resume]"));

        resumed.Text("[data-testid=done]").ShouldBe("The clocks run again; the deadlines moved by the time they stood still.");
        resumed.Find("[data-testid=clocks-paused]").ShouldBeNull();
        resumed.Text("[data-testid=pauses]").ShouldContain("等待司法鉴定结果");
        resumed.Text("[data-testid=pauses]").ShouldContain("until");
        var stored = await _given.GetAsync(c.Id);
        stored.Clocks.PausedSince.ShouldBeNull();
        stored.Clocks.Pauses.ShouldHaveSingleItem().EndedByName.ShouldBe("处理员甲");
        (await _given.TimelineAsync(c.Id)).Entries.Select(e => e.Type.ToString()).ShouldContain("ClockResumed");
    }

    [Fact]
    public async Task The_handler_asks_for_more_time_and_the_supervisor_approves_it_from_the_inbox_and_the_case_page()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageClient.SignInAsync(fx.App, "handler");
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var before = Deadline(c.Clocks, SlaTarget.Resolution).DueAt;

        var requested = await handler.FollowAsync(await handler.SubmitAsync(await handler.GetPageAsync($"/complaints/{c.Id}"),
            "[data-action=Extension] form", ("Extension.Reason", "需向卡组织调取交易凭证")));
        var inbox = await supervisor.GetPageAsync("/supervision/escalations");
        var casePage = await supervisor.GetPageAsync($"/complaints/{c.Id}");
        var approved = await supervisor.FollowAsync(await supervisor.SubmitAsync(casePage, "[data-action=ExtensionDecision] form",
            ("ExtensionDecision.Approve", "true"), ("ExtensionDecision.Comment", "同意延期")));
        var handlerSees = await handler.GetPageAsync($"/complaints/{c.Id}");

        requested.Text("[data-testid=done]").ShouldBe("The extension request waits for a decision.");
        requested.Text("[data-testid=extension-pending]").ShouldContain("Supervisor");
        requested.Find("[data-action=Extension]").ShouldBeNull();
        requested.Find("[data-action=ExtensionDecision]").ShouldBeNull();
        inbox.Text($"[data-testid=extension-requests] tr[data-complaint='{c.Number}']").ShouldContain("需向卡组织调取交易凭证");
        approved.Text("[data-testid=done]").ShouldBe("The extension was approved; the new deadline is recorded and the customer will be told.");
        var stored = await _given.GetAsync(c.Id);
        var extended = Deadline(stored.Clocks, SlaTarget.Resolution);
        extended.Extensions.ShouldBe(1);
        extended.DueAt.ShouldBe(stored.Clocks.Extensions.ShouldHaveSingleItem().ProposedDueAt);
        extended.DueAt.ShouldBeGreaterThan(before.AddDays(14));
        handlerSees.Text("[data-testid=due-Resolution-0]").ShouldStartWith(Shown(extended.DueAt));
        handlerSees.Text("[data-testid=extensions]").ShouldContain("Approved");
        handlerSees.Text("[data-testid=extensions]").ShouldContain("同意延期");
        handlerSees.Find("[data-testid=extension-pending]").ShouldBeNull();
        (await supervisor.GetPageAsync("/supervision/escalations")).Find($"[data-testid=extension-requests] tr[data-complaint='{c.Number}']").ShouldBeNull();
    }

    [Fact]
    public async Task A_decision_without_approve_or_refuse_shows_the_error_beside_it_keeps_the_comment_and_saves_nothing()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        await _given.StepAsync(c.Id, "extension", new { reason = "需调取监控录像" });
        var supervisor = await PageClient.SignInAsync(fx.App, "supervisor");
        var page = await supervisor.GetPageAsync($"/complaints/{c.Id}");
        var version = (await _given.GetAsync(c.Id)).Version;

        var response = await supervisor.SubmitAsync(page, "[data-action=ExtensionDecision] form", ("ExtensionDecision.Comment", "理由不充分，请补充材料"));
        var again = await PageClient.ReadAsync(response);
        var refused = await PageClient.ReadAsync(await supervisor.SubmitAsync(again, "[data-action=ExtensionDecision] form",
            ("ExtensionDecision.Approve", "false"), ("ExtensionDecision.Comment", "")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Text("[data-testid=form-errors]").ShouldBe("Please correct the errors below.");
        again.FieldError("ExtensionDecision.Approve").ShouldBe("'Approve' must not be empty.");
        again.Get("#ExtensionDecision_Comment").TextContent.Trim().ShouldBe("理由不充分，请补充材料");
        refused.FieldError("ExtensionDecision.Comment").ShouldBe("Say why the extension is refused.");
        refused.Get("#extension-approve-no").HasAttribute("checked").ShouldBeTrue();
        var stored = await _given.GetAsync(c.Id);
        stored.Version.ShouldBe(version);
        stored.Clocks.Extensions.ShouldHaveSingleItem().Approved.ShouldBeNull();
    }

    [Fact]
    public async Task A_pause_on_a_complaint_changed_meanwhile_is_refused_as_a_conflict_with_the_reason_kept()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageClient.SignInAsync(fx.App, "handler");
        var opened = await handler.GetPageAsync($"/complaints/{c.Id}");
        await _given.StepAsync(c.Id, "notes", new { kind = "InternalNote", text = "主管补充:客户已提交鉴定申请" }, by: "supervisor");

        var stale = await handler.SubmitAsync(opened, "[data-action=Pause] form", ("Pause.Reason", "等待第三方鉴定"));
        var shown = await PageClient.ReadAsync(stale);

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        shown.Text("[data-testid=form-errors]").ShouldContain("Someone else changed this complaint after you opened it.");
        shown.Text("[data-testid=changes]").ShouldContain("Step recorded");
        shown.Get("#Pause_Reason").TextContent.Trim().ShouldBe("等待第三方鉴定");
        shown.Get("[data-action=Pause]").HasAttribute("open").ShouldBeTrue();
        (await _given.GetAsync(c.Id)).Clocks.PausedSince.ShouldBeNull();
    }

    [Fact]
    public async Task An_empty_pause_reason_is_shown_beside_the_field()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageClient.SignInAsync(fx.App, "handler");
        var page = await handler.GetPageAsync($"/complaints/{c.Id}");

        var again = await PageClient.ReadAsync(await handler.SubmitAsync(page, "[data-action=Pause] form", ("Pause.Reason", " ")));

        again.Status.ShouldBe(HttpStatusCode.OK);
        again.FieldError("Pause.Reason").ShouldBe("'Reason' must not be empty.");
        (await _given.GetAsync(c.Id)).Clocks.Pauses.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_extension_reason_longer_than_the_stored_column_is_shown_beside_the_field_and_kept()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageClient.SignInAsync(fx.App, "handler");
        var page = await handler.GetPageAsync($"/complaints/{c.Id}");
        var tooLong = new string('查', 1001);

        var response = await handler.SubmitAsync(page, "[data-action=Extension] form", ("Extension.Reason", tooLong));
        var again = await PageClient.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.FieldError("Extension.Reason").ShouldContain("1000 characters or fewer");
        again.Get("#Extension_Reason").TextContent.Trim().ShouldBe(tooLong);
        (await _given.GetAsync(c.Id)).Clocks.Extensions.ShouldBeEmpty();
    }

    private static DeadlineView Deadline(ClocksView clocks, SlaTarget target) =>
        clocks.Deadlines.Where(d => d.Target == target).OrderByDescending(d => d.Round).First();

    private static string Shown(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Beijing).ToString("d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en"));
}
