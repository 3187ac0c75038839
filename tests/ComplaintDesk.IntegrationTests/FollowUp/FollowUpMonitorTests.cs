using ComplaintDesk.Clocks;
using ComplaintDesk.Handling;
using ComplaintDesk.IntegrationTests.Clocks;
using ComplaintDesk.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.IntegrationTests.FollowUp;

/// <summary>
/// Follow-up discipline run by the deadline monitor on the real database: re-contact reminders on an unanswered result,
/// closure for no response after the last one, and call-back promises marked broken (defaults: 3 days, 2 reminders,
/// 30 minutes of grace).
/// </summary>
public sealed class FollowUpMonitorTests : MonitorTest
{
    [Fact]
    public async Task An_unanswered_result_is_reminded_twice_to_the_handler_then_closed_for_no_response()
    {
        var c = await S.Cases.NewAsync(ComplaintStatus.AwaitingConfirmation);
        var given = c.Feedback!.GivenAt;
        var clock = new FakeTimeProvider(given.AddDays(3).AddMinutes(-1));
        var monitor = MonitorScenario.Monitor(Fx.App, clock);

        (await monitor.RunOnceAsync(CancellationToken.None)).RecontactReminders.ShouldBe(0);
        clock.SetUtcNow(given.AddDays(3));
        var first = await monitor.RunOnceAsync(CancellationToken.None);
        var again = await monitor.RunOnceAsync(CancellationToken.None);
        clock.SetUtcNow(given.AddDays(6));
        var second = await monitor.RunOnceAsync(CancellationToken.None);
        clock.SetUtcNow(given.AddDays(9));
        var last = await monitor.RunOnceAsync(CancellationToken.None);

        first.RecontactReminders.ShouldBe(1);
        again.RecontactReminders.ShouldBe(0);
        second.RecontactReminders.ShouldBe(1);
        last.ClosedForNoResponse.ShouldBe(1);
        var reminders = await S.OutboxAsync(NoticeTemplates.RecontactReminder);
        reminders.Count.ShouldBe(2);
        reminders.ShouldAllBe(m => m.RecipientStaffId == S.StaffId("handler") && m.Channel == MessageChannel.InApp && m.ComplaintId == c.Id);
        (await S.TimelineAsync(c.Id, TimelineEventType.RecontactReminded)).Count.ShouldBe(2);

        var closed = await S.Cases.GetAsync(c.Id);
        closed.Status.ShouldBe(ComplaintStatus.Closed);
        closed.Closure!.Reason.ShouldBe(ClosureReason.NoResponse);
        closed.Closure.ClosedAt.ShouldBe(given.AddDays(9));
        var closing = (await S.TimelineAsync(c.Id, TimelineEventType.Closed)).ShouldHaveSingleItem();
        closing.ActorStaffNumber.ShouldBe(DeadlineMonitor.Actor.StaffNumber);
        (await S.OutboxAsync(NoticeTemplates.Closed)).ShouldHaveSingleItem().RecipientAddress.ShouldNotBeNull();
        (await S.OutboxAsync(NoticeTemplates.SurveyInvitation)).ShouldHaveSingleItem().ComplaintId.ShouldBe(c.Id);
    }

    [Fact]
    public async Task A_confirmed_result_is_not_followed_up()
    {
        var c = await S.Cases.NewAsync(ComplaintStatus.AwaitingConfirmation);
        await S.Cases.StepAsync(c.Id, "confirm", new { customerSatisfied = true }, by: "counter");
        var monitor = MonitorScenario.Monitor(Fx.App, new FakeTimeProvider(c.Feedback!.GivenAt.AddDays(30)));

        var pass = await monitor.RunOnceAsync(CancellationToken.None);

        pass.RecontactReminders.ShouldBe(0);
        pass.ClosedForNoResponse.ShouldBe(0);
        (await S.OutboxAsync(NoticeTemplates.RecontactReminder)).ShouldBeEmpty();
        (await S.Cases.GetAsync(c.Id)).Closure!.Reason.ShouldBe(ClosureReason.Confirmed);
    }

    [Fact]
    public async Task A_call_back_promise_nobody_kept_is_marked_broken_once_and_shows_on_the_case_and_the_queue()
    {
        var c = await S.Cases.NewAsync(ComplaintStatus.InProgress);
        var dueAt = Common.Clock.Normalize(DateTimeOffset.UtcNow.AddHours(3));
        await S.Cases.StepAsync(c.Id, "notes", new { kind = "CallbackPromise", text = "答应客户今天下午回电", dueAt });
        var clock = new FakeTimeProvider(dueAt.AddMinutes(29));
        var monitor = MonitorScenario.Monitor(Fx.App, clock);

        var withinGrace = await monitor.RunOnceAsync(CancellationToken.None);
        clock.SetUtcNow(dueAt.AddMinutes(31));
        var afterGrace = await monitor.RunOnceAsync(CancellationToken.None);
        var again = await monitor.RunOnceAsync(CancellationToken.None);

        withinGrace.BrokenCallbacks.ShouldBe(0);
        afterGrace.BrokenCallbacks.ShouldBe(1);
        again.BrokenCallbacks.ShouldBe(0);
        var promise = (await S.Cases.GetAsync(c.Id)).Steps.Single(s => s.Kind == HandlingStepKind.CallbackPromise);
        promise.Promise.ShouldBe(CallbackState.Broken);
        (await S.TimelineAsync(c.Id, TimelineEventType.CallbackBroken)).ShouldHaveSingleItem();
        var told = await S.OutboxAsync(NoticeTemplates.CallbackBroken);
        told.Select(m => m.RecipientStaffId).ShouldBe([S.StaffId("handler"), S.StaffId("supervisor")], ignoreOrder: true);
        (await QueueCountsAsync("handler")).BrokenCallbacks.ShouldBe(1);
    }

    [Fact]
    public async Task A_promise_kept_by_a_contact_in_time_is_never_marked_broken()
    {
        var c = await S.Cases.NewAsync(ComplaintStatus.InProgress);
        var dueAt = Common.Clock.Normalize(DateTimeOffset.UtcNow.AddHours(3));
        await S.Cases.StepAsync(c.Id, "notes", new { kind = "CallbackPromise", text = "答应客户今天下午回电", dueAt });
        await S.Cases.StepAsync(c.Id, "notes", new { kind = "CustomerContact", text = "已回电" });
        var monitor = MonitorScenario.Monitor(Fx.App, new FakeTimeProvider(dueAt.AddDays(1)));

        (await monitor.RunOnceAsync(CancellationToken.None)).BrokenCallbacks.ShouldBe(0);

        (await S.Cases.GetAsync(c.Id)).Steps.Single(s => s.Kind == HandlingStepKind.CallbackPromise).Promise.ShouldBe(CallbackState.Kept);
        (await S.OutboxAsync(NoticeTemplates.CallbackBroken)).ShouldBeEmpty();
    }

    private async Task<QueueCounts> QueueCountsAsync(string userName)
    {
        await using var scope = Fx.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HandlerQueue>().CountAsync(S.StaffId(userName), CancellationToken.None);
    }
}
