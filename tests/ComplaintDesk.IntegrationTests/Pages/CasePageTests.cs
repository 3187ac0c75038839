using System.Globalization;
using ComplaintDesk.CustomerPortal;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Pages;

public sealed class CasePageTests(ApiFixture fx) : IClassFixture<ApiFixture>
{
    private readonly ComplaintScenario _given = fx.Given;

    [Fact]
    public async Task Offers_only_the_steps_the_status_and_the_role_allow()
    {
        var assigned = await _given.RegisterAsync();
        await _given.AssignAsync(assigned.Id);
        var inProgress = await _given.NewAsync(ComplaintStatus.InProgress);
        var awaiting = await _given.NewAsync(ComplaintStatus.AwaitingConfirmation);
        var handler = await PageSession.SignInAsync(fx.App, "handler");
        var otherHandler = await PageSession.SignInAsync(fx.App, "handler2");
        var counter = await PageSession.SignInAsync(fx.App, "counter");
        var manager = await PageSession.SignInAsync(fx.App, "manager");

        Html.Handlers(await handler.GetPageAsync($"/complaints/{assigned.Id}"))
            .ShouldBe(["Start", "Step", "Callback", "Escalate", "Withdraw", "Pause", "Extension"], ignoreOrder: true);
        Html.Handlers(await handler.GetPageAsync($"/complaints/{inProgress.Id}"))
            .ShouldBe(["Resolve", "Step", "Callback", "Escalate", "Withdraw", "Pause", "Extension"], ignoreOrder: true);
        Html.Handlers(await handler.GetPageAsync($"/complaints/{awaiting.Id}"))
            .ShouldBe(["Close", "Step", "Callback", "Escalate", "Confirm", "Appeal", "Withdraw"], ignoreOrder: true);
        Html.Handlers(await otherHandler.GetPageAsync($"/complaints/{inProgress.Id}"))
            .ShouldBe(["Step", "Callback", "Escalate", "Withdraw"], ignoreOrder: true);
        Html.Handlers(await counter.GetPageAsync($"/complaints/{awaiting.Id}"))
            .ShouldBe(["Confirm", "Appeal", "Withdraw"], ignoreOrder: true);
        Html.Handlers(await manager.GetPageAsync($"/complaints/{inProgress.Id}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Shows_the_whole_record_and_the_verified_timeline_with_names_and_staff_numbers()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        await _given.StepAsync(c.Id, "notes", new { kind = "CustomerContact", text = "已致电客户说明进展", customerVisible = true });
        var handler = await PageSession.SignInAsync(fx.App, "handler");

        var page = await handler.GetPageAsync($"/complaints/{c.Id}");

        Html.TestId(page, "complaint-number").ShouldBe(c.Number);
        Html.TestId(page, "customer-phone").ShouldBe("13800001111");
        Html.TestId(page, "handler").ShouldBe("处理员甲 (staff no. H0001)");
        Html.TestId(page, "chain-intact").ShouldNotBeNull();
        var timeline = Html.TestId(page, "timeline")!;
        timeline.ShouldContain("Registered");
        timeline.ShouldContain("Handling started");
        timeline.ShouldContain("已致电客户说明进展");
        timeline.ShouldContain("主管甲 (staff no. S0001)");
        timeline.ShouldContain("Customer-visible");
    }

    [Fact]
    public async Task Resolve_with_missing_fields_shows_errors_beside_the_fields_keeps_the_text_and_saves_nothing()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageSession.SignInAsync(fx.App, "handler");
        var page = await handler.GetPageAsync($"/complaints/{c.Id}");

        var response = await handler.PostAsync(Html.FormFor(page, "Resolve"), new()
        {
            ["Resolve.Outcome"] = "已查明:卡片被退回分行",
            ["Resolve.MeasuresTaken"] = "",
            ["Resolve.RootCause"] = "地址未更新",
            ["Resolve.PartlyUpheld"] = "true",
        });

        await Api.ExpectAsync(response, HttpStatusCode.OK);
        var again = await response.Content.ReadAsStringAsync();
        Html.TestId(again, "form-errors").ShouldBe("Please correct the errors below.");
        Html.FieldError(again, "Resolve.MeasuresTaken").ShouldBe("'Measures Taken' must not be empty.");
        Html.FieldError(again, "Resolve.Upheld").ShouldBe("'Upheld' must not be empty.");
        Html.FieldError(again, "Resolve.Outcome").ShouldBeEmpty();
        Html.TextArea(again, "Resolve.Outcome").ShouldBe("已查明:卡片被退回分行");
        Html.Decode(again).ShouldContain("value=\"地址未更新\"");
        System.Text.RegularExpressions.Regex.IsMatch(again, "id=\"resolve-partly-upheld\"\\s+checked=\"checked\"").ShouldBeTrue();
        Html.Decode(again).ShouldContain("<details class=\"action\" open=\"open\" data-action=\"Resolve\">");
        var stored = await _given.GetAsync(c.Id);
        stored.Status.ShouldBe(ComplaintStatus.InProgress);
        stored.Version.ShouldBe(c.Version);
    }

    [Fact]
    public async Task A_stale_version_shows_the_conflict_and_what_changed_and_keeps_the_input_until_sent_again()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageSession.SignInAsync(fx.App, "handler");
        var opened = await handler.GetPageAsync($"/complaints/{c.Id}");
        var seen = (await _given.TimelineAsync(c.Id)).Entries.Count;
        await _given.StepAsync(c.Id, "notes", new { kind = "InternalNote", text = "主管补充:客户曾两次来电" }, by: "supervisor");

        var resolve = new Dictionary<string, string>
        {
            ["Resolve.Outcome"] = "补寄新卡并致歉",
            ["Resolve.MeasuresTaken"] = "加急寄送",
            ["Resolve.Upheld"] = "true",
        };
        var stale = await handler.PostAsync(Html.FormFor(opened, "Resolve"), resolve);

        await Api.ExpectAsync(stale, HttpStatusCode.OK);
        var shown = await stale.Content.ReadAsStringAsync();
        Html.TestId(shown, "form-errors")!.ShouldContain("Someone else changed this complaint after you opened it.");
        Html.TestId(shown, "changes")!.ShouldContain("Step recorded");
        Html.TestId(shown, "changes")!.ShouldContain("主管甲 (staff no. S0001)");
        Html.Decode(shown).ShouldContain($"<li id=\"t-{seen + 1}\" class=\"new\"");
        Html.Decode(shown).ShouldNotContain($"<li id=\"t-{seen}\" class=\"new\"");
        Html.TextArea(shown, "Resolve.Outcome").ShouldBe("补寄新卡并致歉");
        Html.Decode(shown).ShouldContain("id=\"resolve-upheld-yes\" checked=\"checked\"");
        (await _given.GetAsync(c.Id)).Status.ShouldBe(ComplaintStatus.InProgress);

        // Having seen the change, the handler sends the same input again from the page as now shown.
        var resent = await handler.PostAsync(Html.FormFor(shown, "Resolve"), resolve);

        resent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        resent.Headers.Location!.OriginalString.ShouldBe($"/complaints/{c.Id}");
        var after = await handler.GetPageAsync($"/complaints/{c.Id}");
        Html.TestId(after, "done").ShouldBe("The result was recorded. Tell the customer and record the feedback.");
        (await _given.GetAsync(c.Id)).Resolution!.Outcome.ShouldBe("补寄新卡并致歉");
    }

    [Fact]
    public async Task A_stale_form_for_an_action_the_change_took_away_says_so_instead_of_promising_the_form()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageSession.SignInAsync(fx.App, "handler");
        var opened = await handler.GetPageAsync($"/complaints/{c.Id}");
        await _given.StepAsync(c.Id, "withdraw", new { reason = "客户来电撤回" }, by: "supervisor");

        var stale = await handler.PostAsync(Html.FormFor(opened, "Resolve"), new Dictionary<string, string>
        {
            ["Resolve.Outcome"] = "补寄新卡并致歉",
            ["Resolve.MeasuresTaken"] = "加急寄送",
            ["Resolve.Upheld"] = "true",
        });

        await Api.ExpectAsync(stale, HttpStatusCode.OK);
        var shown = await stale.Content.ReadAsStringAsync();
        Html.TestId(shown, "form-errors")!.ShouldContain("what you were doing is no longer possible");
        Html.TestId(shown, "form-errors")!.ShouldNotContain("kept below");
        (await _given.GetAsync(c.Id)).Status.ShouldBe(ComplaintStatus.Withdrawn);
    }

    [Fact]
    public async Task A_counter_user_is_forbidden_to_post_a_handlers_step_and_nothing_changes()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var counter = await PageSession.SignInAsync(fx.App, "counter");
        var page = await counter.GetPageAsync($"/complaints/{c.Id}");
        var withdraw = Html.FormFor(page, "Withdraw");

        var response = await counter.PostAsync(withdraw, new()
        {
            ["Resolve.Outcome"] = "越权录入",
            ["Resolve.MeasuresTaken"] = "无",
            ["Resolve.Upheld"] = "true",
        }, action: $"/complaints/{c.Id}?handler=Resolve");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        (await counter.GetAsync(response.Headers.Location!.PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var stored = await _given.GetAsync(c.Id);
        stored.Status.ShouldBe(ComplaintStatus.InProgress);
        stored.Version.ShouldBe(c.Version);
    }

    [Fact]
    public async Task A_manager_sees_phone_and_id_numbers_masked()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var manager = await PageSession.SignInAsync(fx.App, "manager");

        var page = await manager.GetPageAsync($"/complaints/{c.Id}");

        Html.TestId(page, "customer-phone").ShouldBe("138****1111");
        Html.TestId(page, "customer-national-id").ShouldBe("110***********1234");
        Html.TestId(page, "masked-note").ShouldNotBeNull();
        Html.Decode(page).ShouldNotContain("13800001111");
    }

    [Fact]
    public async Task A_handler_takes_an_unowned_complaint_waiting_in_their_department()
    {
        var c = await _given.RegisterAsync();
        await _given.AssignAsync(c.Id, handler: null);
        var handler2 = await PageSession.SignInAsync(fx.App, "handler2");
        var page = await handler2.GetPageAsync($"/complaints/{c.Id}");

        var response = await handler2.PostAsync(Html.FormFor(page, "Take"), []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var taken = await _given.GetAsync(c.Id);
        taken.Assignment.HandlerId.ShouldBe(fx.Staff.ByUserName["handler2"].Id);
        taken.Status.ShouldBe(ComplaintStatus.Assigned);
        Html.Handlers(await handler2.GetPageAsync($"/complaints/{c.Id}")).ShouldContain("Start");
        (await handler2.GetPageAsync("/queue")).ShouldContain($"data-complaint=\"{c.Number}\"");
    }

    [Fact]
    public async Task A_call_back_promise_is_typed_in_Beijing_time_and_stored_as_that_instant()
    {
        var c = await _given.NewAsync(ComplaintStatus.InProgress);
        var handler = await PageSession.SignInAsync(fx.App, "handler");
        var page = await handler.GetPageAsync($"/complaints/{c.Id}");
        var beijing = TimeSpan.FromHours(8);
        var tomorrow = DateTimeOffset.UtcNow.ToOffset(beijing).Date.AddDays(1).AddHours(15).AddMinutes(30);

        var response = await handler.PostAsync(Html.FormFor(page, "Callback"), new()
        {
            ["Callback.DueAt"] = tomorrow.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Callback.Text"] = "答应明天下午回电说明补寄进度",
            ["Callback.CustomerVisible"] = "true",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var promise = (await _given.GetAsync(c.Id)).Steps.ShouldHaveSingleItem();
        promise.Kind.ShouldBe(HandlingStepKind.CallbackPromise);
        promise.DueAt.ShouldBe(new DateTimeOffset(tomorrow, beijing));
        promise.CustomerVisible.ShouldBeTrue();
        var after = await handler.GetPageAsync($"/complaints/{c.Id}");
        Html.TestId(after, "steps")!.ShouldContain(string.Create(CultureInfo.GetCultureInfo("en"), $"call back by {tomorrow:d MMM yyyy}, 15:30"));
        Html.TestId(after, "callback-state")!.ShouldContain("Pending");

        await _given.StepAsync(c.Id, "notes", new { kind = "CustomerContact", text = "提前回电说明补寄进度" });
        Html.TestId(await handler.GetPageAsync($"/complaints/{c.Id}"), "callback-state")!.ShouldContain("Kept");
    }

    [Fact]
    public async Task The_customers_satisfaction_answer_shows_on_the_closed_case()
    {
        var c = await _given.NewAsync(ComplaintStatus.AwaitingConfirmation);
        await _given.StepAsync(c.Id, "confirm", new { customerSatisfied = true }, by: "counter");
        var token = fx.App.Services.GetRequiredService<CustomerLinks>().Token(c.Id, DateTimeOffset.UtcNow);
        using var anonymous = fx.App.CreateClient();
        (await anonymous.PostAsJsonAsync($"/api/customer/complaints/{token}/survey", new { rating = 4, comment = "处理及时，态度很好" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var supervisor = await PageSession.SignInAsync(fx.App, "supervisor");
        var survey = Html.TestId(await supervisor.GetPageAsync($"/complaints/{c.Id}"), "survey");

        survey.ShouldNotBeNull();
        survey.ShouldContain("4 of 5");
        survey.ShouldContain("处理及时，态度很好");
        (await _given.GetAsync(c.Id)).Survey!.Rating.ShouldBe(4);
    }
}
