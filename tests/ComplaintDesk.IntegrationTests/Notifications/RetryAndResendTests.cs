using ComplaintDesk.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>A channel that keeps failing: retried on the schedule, parked after the last try, resent by an Admin, delivered.</summary>
public sealed class RetryAndResendTests : IAsyncLifetime
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    private readonly FakeTimeProvider _clock = new(ApiFixture.ClockStart);
    private readonly ScriptedSender _sms = new(MessageChannel.Sms) { Failing = true };
    private TestDatabase _database = null!;
    private ComplaintDeskApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await TestStaff.SeedAsync(_database);
        _app = DeliveryHost.Create(_database, DeliveryHost.RetryDelays, _clock, _sms);
    }

    private OutboxDispatcher Dispatcher => _app.Dispatcher();

    [Fact]
    public async Task A_failing_channel_is_retried_after_each_delay_of_the_schedule_and_parked_after_the_last()
    {
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Sms, "13800001111", "受理", "短信", _clock.GetUtcNow());

        await Dispatcher.RunOnceAsync(CancellationToken.None);
        foreach (var (delay, failuresSoFar) in Delays.Select((d, i) => (d, i + 1)))
        {
            _clock.Advance(delay - TimeSpan.FromSeconds(1));
            await Dispatcher.RunOnceAsync(CancellationToken.None);
            (await OutboxRows.LoadAsync(_database, id)).Attempts.ShouldBe(failuresSoFar, "not before its delay has passed");
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Dispatcher.RunOnceAsync(CancellationToken.None);
            (await OutboxRows.LoadAsync(_database, id)).Attempts.ShouldBe(failuresSoFar + 1);
        }
        _clock.Advance(TimeSpan.FromDays(1));
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        var parked = await OutboxRows.LoadAsync(_database, id);
        parked.Status.ShouldBe(OutboxStatus.Parked);
        parked.Attempts.ShouldBe(5);
        parked.LastError.ShouldNotBeNull().ShouldContain("channel down for the test");
        parked.DeliveryAttempts.Select(a => a.Outcome).ShouldAllBe(o => o == AttemptOutcome.Failed);
        parked.DeliveryAttempts.Select(a => a.Number).ShouldBe([1, 2, 3, 4, 5]);
        parked.DeliveryAttempts.Select(a => a.Instance).Distinct().ShouldBe([Dispatcher.Instance]);
        _sms.Deliveries.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_admin_resends_a_parked_message_which_is_then_delivered_without_touching_the_complaints_timeline()
    {
        var complaint = await Api.RegisterAsync(await _app.ClientForAsync("counter"));
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Sms, "13800001111", "受理", "短信", _clock.GetUtcNow(), complaint.Id);
        await ParkAsync(id);
        var timeline = await _database.ScalarAsync($"SELECT count(*) FROM timeline_events WHERE complaint_id = {complaint.Id}");
        var admin = await _app.ClientForAsync("admin");

        var listed = await Api.GetAsync<JsonElement>(admin, "/api/admin/outbox?status=Parked");
        var entry = listed.EnumerateArray().Single(e => e.GetProperty("id").GetInt64() == id);
        entry.GetProperty("recipient").GetString().ShouldBe("138****1111");
        entry.GetProperty("attempts").GetInt32().ShouldBe(5);
        var resent = await admin.PostAsync($"/api/admin/outbox/{id}/resend", null);
        await Api.ExpectAsync(resent, HttpStatusCode.OK);
        (await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Pending");
        var again = await admin.PostAsync($"/api/admin/outbox/{id}/resend", null);
        (await Api.ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("currentStatus").GetString().ShouldBe("Pending");
        _sms.Failing = false;
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        _sms.Deliveries[id].ShouldBe(1);
        var sent = await OutboxRows.LoadAsync(_database, id);
        sent.Status.ShouldBe(OutboxStatus.Sent);
        sent.DeliveryAttempts.Select(a => (a.Number, a.Outcome)).Last().ShouldBe((6, AttemptOutcome.Sent));
        (await _database.ScalarAsync($"SELECT count(*) FROM timeline_events WHERE complaint_id = {complaint.Id}")).ShouldBe(timeline);
    }

    [Fact]
    public async Task The_outbox_page_lists_a_parked_message_masked_and_its_resend_button_queues_it_again()
    {
        var id = await OutboxRows.AddAsync(_database, MessageChannel.Email, "wang@example.com", "受理", "正文", _clock.GetUtcNow(), parked: true);
        var admin = await PageClient.SignInAsync(_app, "admin");

        var page = await admin.GetPageAsync("/admin/outbox");
        page.Text($"tr[data-message='{id}']").ShouldContain("w***@example.com");
        page.Text($"tr[data-message='{id}']").ShouldNotContain("wang@example.com");
        var after = await admin.FollowAsync(await admin.SubmitAsync(page, $"tr[data-message='{id}'] form"));

        after.Text("[data-testid=success]").ShouldBe($"Message {id} is queued again and will be sent on the next dispatcher pass.");
        after.Find($"tr[data-message='{id}']").ShouldBeNull();
        (await OutboxRows.LoadAsync(_database, id)).Status.ShouldBe(OutboxStatus.Pending);
    }

    private async Task ParkAsync(long id)
    {
        for (var attempt = 0; attempt <= Delays.Length; attempt++)
        {
            await Dispatcher.RunOnceAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromHours(3));
        }
        (await OutboxRows.LoadAsync(_database, id)).Status.ShouldBe(OutboxStatus.Parked);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
