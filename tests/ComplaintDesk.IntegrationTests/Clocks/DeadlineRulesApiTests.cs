using ComplaintDesk.Clocks;
using static ComplaintDesk.IntegrationTests.Clocks.SlaTestSupport;

namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>
/// What an Admin's change does to the deadlines of complaints registered afterwards, over the real pipeline. The app
/// runs on a test clock: Monday 9 March 2026, 10:00 in Shanghai. Each test puts back what it changed in the shared
/// calendar and settings, so the next one starts from the shipped rules.
/// </summary>
public sealed class DeadlineRulesApiTests(ApiFixture.OnFakeClock fx) : IClassFixture<ApiFixture.OnFakeClock>
{
    [Fact]
    public async Task A_holiday_added_by_the_Admin_moves_the_business_day_deadline_of_complaints_registered_afterwards()
    {
        fx.Clock.AdjustTime(ApiFixture.ClockStart);
        var (counter, admin) = (await fx.ClientAsync("counter"), await fx.ClientAsync("admin"));
        var before = await Api.RegisterAsync(counter, Complaint());
        try
        {
            await SetDayAsync(admin, "2026-03-10", "Holiday", "临时假日");
            var after = await Api.RegisterAsync(counter, Complaint());

            // First contact: two working days after receipt, Tuesday and Wednesday; with Tuesday off, Wednesday and Thursday.
            before.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 11));
            after.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 12));
            // Calendar days do not care about holidays, and a deadline already set keeps the calendar it was set with.
            after.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 24));
            (await GetComplaintAsync(counter, before.Id)).Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 11));
        }
        finally
        {
            await RemoveDayAsync(admin, "2026-03-10");
        }
        (await Api.RegisterAsync(counter, Complaint())).Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 11));
    }

    [Fact]
    public async Task A_make_up_Saturday_counts_as_a_working_day()
    {
        fx.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 13, 10, 0, 0, TimeSpan.FromHours(8)));
        var (counter, admin) = (await fx.ClientAsync("counter"), await fx.ClientAsync("admin"));
        try
        {
            var ordinary = await Api.RegisterAsync(counter, Complaint());
            await SetDayAsync(admin, "2026-03-14", "WorkingDay", "调休上班");
            var withMakeUpDay = await Api.RegisterAsync(counter, Complaint());

            // Received on a Friday: Monday and Tuesday; with Saturday worked, Saturday and Monday.
            ordinary.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 17));
            withMakeUpDay.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 16));
        }
        finally
        {
            await RemoveDayAsync(admin, "2026-03-14");
        }
    }

    [Fact]
    public async Task Switching_to_the_UK_FCA_profile_sets_its_deadlines_on_complaints_registered_afterwards_and_each_shows_its_profile()
    {
        fx.Clock.AdjustTime(ApiFixture.ClockStart);
        var (counter, admin) = (await fx.ClientAsync("counter"), await fx.ClientAsync("admin"));
        var chinese = await Api.RegisterAsync(counter, Complaint());
        try
        {
            await SelectAsync(admin, "UK-FCA", "GB");
            var settings = await Api.GetAsync<JsonElement>(counter, "/api/sla/settings");
            settings.GetProperty("profileCode").GetString().ShouldBe("UK-FCA");
            settings.GetProperty("updatedBy").GetString().ShouldBe("管理员 (A0001)");

            var british = await Api.RegisterAsync(counter, Complaint());

            british.Clocks.Profile.ShouldBe("UK-FCA");
            british.Clocks.ProfileName.ShouldBe("UK · FCA DISP");
            // DISP: the third business day in London, then eight weeks (56 days; London is on summer time by then).
            british.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(new DateTimeOffset(2026, 3, 12, 17, 30, 0, TimeSpan.Zero));
            british.Deadline(SlaTarget.Resolution).Span.ShouldBe(SlaSpan.CalendarDays(56));
            british.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(new DateTimeOffset(2026, 5, 4, 23, 59, 59, TimeSpan.FromHours(1)));
            british.ResponseDueAt.ShouldBe(british.Deadline(SlaTarget.Resolution).DueAt);
            var unchanged = await GetComplaintAsync(counter, chinese.Id);
            unchanged.Clocks.Profile.ShouldBe("CN-NFRA");
            unchanged.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 24));
        }
        finally
        {
            await SelectAsync(admin, "CN-NFRA", "CN");
        }
        (await Api.RegisterAsync(counter, Complaint())).Clocks.Profile.ShouldBe("CN-NFRA");
    }

    [Fact]
    public async Task The_most_specific_policy_sets_the_deadlines_its_id_and_version_are_recorded_and_recategorising_replans()
    {
        fx.Clock.AdjustTime(ApiFixture.ClockStart);
        var (counter, supervisor, admin) = (await fx.ClientAsync("counter"), await fx.ClientAsync("supervisor"), await fx.ClientAsync("admin"));
        var category = await NewCategoryAsync(admin, "SLA_RULES_SPECIFIC");
        var specific = await NewPolicyAsync(admin, category, "High", firstContactDays: 1, resolutionDays: 10);
        var specificId = specific.GetProperty("id").GetInt64();
        var categoryOnly = await NewPolicyAsync(admin, category, null, firstContactDays: 3, resolutionDays: 12);

        var high = await Api.RegisterAsync(counter, Complaint(category, "High"));
        var normal = await Api.RegisterAsync(counter, Complaint(category, "Normal"));

        foreach (var target in new[] { SlaTarget.Acknowledgement, SlaTarget.FirstContact, SlaTarget.Resolution })
        {
            high.Deadline(target).PolicyId.ShouldBe(specificId);
            high.Deadline(target).PolicyVersion.ShouldBe(1);
        }
        high.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 10));
        high.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 19));
        normal.Deadline(SlaTarget.Resolution).PolicyId.ShouldBe(categoryOnly.GetProperty("id").GetInt64());
        normal.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 21));

        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/sla/policies/{specificId}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Policy(category, "High", firstContactDays: 1, resolutionDays: 8)),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", $"\"{specific.GetProperty("rowVersion").GetUInt32()}\"");
        await Api.ExpectAsync(await admin.SendAsync(edit), HttpStatusCode.OK);
        var afterEdit = await Api.RegisterAsync(counter, Complaint(category, "High"));
        afterEdit.Deadline(SlaTarget.Resolution).PolicyVersion.ShouldBe(2);
        afterEdit.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 17));
        (await GetComplaintAsync(counter, high.Id)).Deadline(SlaTarget.Resolution).PolicyVersion.ShouldBe(1);

        var unclassified = await Api.RegisterAsync(counter, Complaint());
        unclassified.Deadline(SlaTarget.Resolution).PolicyId.ShouldBeNull();
        unclassified.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 24));
        fx.Clock.Advance(TimeSpan.FromHours(2));
        var triaged = await Api.StepAsync(supervisor, unclassified.Id, "triage",
            new { departmentId = fx.Staff.DepartmentId, categoryId = category, priority = "High" });

        // Re-planned from receipt, not from the triage: the customer's clock started when the complaint came in.
        triaged.Deadline(SlaTarget.Resolution).PolicyId.ShouldBe(specificId);
        triaged.Deadline(SlaTarget.Resolution).PolicyVersion.ShouldBe(2);
        triaged.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 17));
        triaged.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 10));
        triaged.ResponseDueAt.ShouldBe(EndOfShanghaiDay(3, 17));
    }

    [Fact]
    public async Task A_policy_cannot_promise_the_decision_later_than_the_regulator()
    {
        fx.Clock.AdjustTime(ApiFixture.ClockStart);
        var (counter, admin) = (await fx.ClientAsync("counter"), await fx.ClientAsync("admin"));
        var category = await NewCategoryAsync(admin, "SLA_RULES_LENIENT");
        var lenient = await NewPolicyAsync(admin, category, null, firstContactDays: 1, resolutionDays: 30);

        var complaint = await Api.RegisterAsync(counter, Complaint(category));

        // The policy's own first-contact target stands; its 30-day decision does not: China allows 15.
        complaint.Deadline(SlaTarget.FirstContact).PolicyId.ShouldBe(lenient.GetProperty("id").GetInt64());
        complaint.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(CloseOfShanghaiDay(3, 10));
        complaint.Deadline(SlaTarget.Resolution).PolicyId.ShouldBeNull();
        complaint.Deadline(SlaTarget.Resolution).Span.ShouldBe(SlaSpan.CalendarDays(15));
        complaint.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(EndOfShanghaiDay(3, 24));
    }
}
