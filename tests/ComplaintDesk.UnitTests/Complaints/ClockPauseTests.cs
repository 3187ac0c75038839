using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;
using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// Paused time does not count: a business-day clock moves by the working time the pause took, a calendar-day clock by
/// the wall-clock time. Around 中秋节 2026: Thu 24 Sep is a working day, Fri 25 – Sun 27 Sep are off, Mon 28 Sep works.
/// </summary>
public class ClockPauseTests
{
    // Received on the website on Wed 23 Sep 2026 at 10:00:
    //   acknowledgement, 1 business day   → Thu 24 Sep 17:00
    //   first contact, 2 business days    → Mon 28 Sep 17:00 (Thu 24, then Fri–Sun off, Mon 28)
    //   decision, 15 calendar days        → Thu 8 Oct 23:59:59
    private static readonly DateTimeOffset Received = Beijing(2026, 9, 23, 10);

    [Fact]
    public void A_pause_over_the_holiday_weekend_moves_business_clocks_by_working_time_and_the_decision_by_wall_time()
    {
        var c = ReceivedOnline(Received);
        c.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(Beijing(2026, 9, 28, 17));

        c.Pause("等待司法鉴定机构出具笔迹鉴定结论", Supervisor, Beijing(2026, 9, 24, 15));
        c.Resume(Supervisor, Beijing(2026, 9, 28, 11), ComplaintBuilder.Rules);

        // Paused Thu 15:00 → Mon 11:00: working time 2 h (Thu) + 2 h (Mon) = 4 h; wall time 3 days 20 hours.
        // Acknowledgement, due Thu 17:00 when the pause began: + 4 working hours → Mon 28 Sep 13:00.
        c.Deadline(SlaTarget.Acknowledgement).DueAt.ShouldBe(Beijing(2026, 9, 28, 13));
        // First contact, Mon 17:00 + 4 working hours → Tue 29 Sep 13:00.
        c.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(Beijing(2026, 9, 29, 13));
        // Decision, Thu 8 Oct 23:59:59 + 92 h → Mon 12 Oct 19:59:59.
        var decision = c.Deadline(SlaTarget.Resolution);
        decision.DueAt.ShouldBe(Beijing(2026, 10, 12, 19, 59).AddSeconds(59));
        decision.BaseDueAt.ShouldBe(BeijingEndOfDay(2026, 10, 8));
        c.ResponseDueAt.ShouldBe(decision.DueAt);
        c.NextDueAt.ShouldBe(Beijing(2026, 9, 28, 13));
        c.PausedSince.ShouldBeNull();
        c.Pauses.Single().EndedAt.ShouldBe(Beijing(2026, 9, 28, 11));
    }

    [Fact]
    public void A_pause_that_covers_only_days_off_costs_the_business_clocks_nothing()
    {
        var c = ReceivedOnline(Received);

        // Fri 25 Sep 10:00 → Sun 27 Sep 18:00: all holiday or weekend, 56 h of wall time.
        c.Pause("客户出差，约定节后提供交易凭证", Supervisor, Beijing(2026, 9, 25, 10));
        c.Resume(Supervisor, Beijing(2026, 9, 27, 18), ComplaintBuilder.Rules);

        c.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(Beijing(2026, 9, 28, 17));
        c.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(Beijing(2026, 10, 11, 7, 59).AddSeconds(59));
        // The acknowledgement was due (Thu 24 Sep 17:00) before the pause began, so the pause does not move it.
        c.Deadline(SlaTarget.Acknowledgement).DueAt.ShouldBe(Beijing(2026, 9, 24, 17));
    }

    [Fact]
    public void Deadlines_stand_still_while_paused_and_move_on_resume()
    {
        var c = ReceivedOnline(Received);

        c.Pause("等待外部评估报告", Supervisor, Beijing(2026, 9, 24, 15));

        c.PausedSince.ShouldBe(Beijing(2026, 9, 24, 15));
        c.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(BeijingEndOfDay(2026, 10, 8));
    }

    [Fact]
    public void The_customer_sees_the_pause_and_the_resumption_on_the_timeline_and_is_told()
    {
        var c = ReceivedOnline(Received);
        c.ClearNotices(); // the acknowledgement of the registration, queued when it was saved

        c.Pause("等待司法鉴定机构出具笔迹鉴定结论", Supervisor, Beijing(2026, 9, 24, 15));
        c.Resume(Supervisor, Beijing(2026, 9, 28, 11), ComplaintBuilder.Rules);

        var paused = c.Timeline.Single(e => e.Type == TimelineEventType.ClockPaused);
        paused.CustomerVisible.ShouldBeTrue();
        paused.Details.ShouldContain("笔迹鉴定");
        c.Timeline.Single(e => e.Type == TimelineEventType.ClockResumed).CustomerVisible.ShouldBeTrue();
        c.Notices.Select(n => (n.Template, n.Audience)).ShouldBe(
            [(NoticeTemplates.ClockPaused, NoticeAudience.Customer), (NoticeTemplates.ClockResumed, NoticeAudience.Customer)]);
        c.Notices[1].Data["responseDueAt"].ShouldStartWith("2026-10-12T11:59:59");
    }

    [Fact]
    public void Pausing_twice_resuming_unpaused_clocks_and_pausing_after_the_decision_are_refused()
    {
        var c = InProgressFrom(Received);
        c.Pause("等待外部评估报告", Handler, Beijing(2026, 9, 24, 15));

        Should.Throw<IllegalTransitionException>(() => c.Pause("再次暂停", Handler, Beijing(2026, 9, 24, 16)));
        c.Resume(Handler, Beijing(2026, 9, 28, 11), ComplaintBuilder.Rules);
        Should.Throw<IllegalTransitionException>(() => c.Resume(Handler, Beijing(2026, 9, 28, 12), ComplaintBuilder.Rules));
        Should.Throw<ForbiddenActionException>(() => c.Pause("不是我的案件", OtherHandler, Beijing(2026, 9, 28, 13)));

        var answered = In(ComplaintStatus.AwaitingConfirmation);
        Should.Throw<IllegalTransitionException>(() => answered.Pause("已答复", Handler, Start.AddDays(1)));
        c.Pauses.Count.ShouldBe(1);
    }

    [Fact]
    public void Withdrawing_a_paused_complaint_ends_the_pause_and_cancels_the_clocks()
    {
        var c = ReceivedOnline(Received);
        c.Pause("等待外部评估报告", Supervisor, Beijing(2026, 9, 24, 15));

        c.Withdraw("客户与网点协商解决，撤回投诉", Counter, Beijing(2026, 9, 25, 10));

        c.PausedSince.ShouldBeNull();
        c.Pauses.Single().EndedAt.ShouldBe(Beijing(2026, 9, 25, 10));
        c.Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Cancelled && !d.IsRunning);
    }
}
