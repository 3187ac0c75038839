using ComplaintDesk.FollowUp;
using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

public sealed class FollowUpTests
{
    private static readonly FollowUpRules ThreeDaysTwice = new(TimeSpan.FromDays(3), 2);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(30);

    private static (Complaint Complaint, DateTimeOffset GivenAt) AwaitingAnswer()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);
        return (c, c.Feedback!.GivenAt);
    }

    [Fact]
    public void Nothing_is_due_before_the_interval_after_the_result()
    {
        var (c, given) = AwaitingAnswer();

        c.FollowUpDue(ThreeDaysTwice, given.AddDays(3).AddMinutes(-1)).ShouldBe(FollowUpAction.None);
        c.FollowUpDue(ThreeDaysTwice, given.AddDays(3)).ShouldBe(FollowUpAction.Remind);
    }

    [Fact]
    public void Reminders_are_spaced_by_the_interval_and_the_last_one_leads_to_closure()
    {
        var (c, given) = AwaitingAnswer();

        c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, given.AddDays(3));
        c.FollowUpDue(ThreeDaysTwice, given.AddDays(5)).ShouldBe(FollowUpAction.None);
        c.FollowUpDue(ThreeDaysTwice, given.AddDays(6)).ShouldBe(FollowUpAction.Remind);
        c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, given.AddDays(6));

        c.RecontactReminders.ShouldBe(2);
        c.FollowUpDue(ThreeDaysTwice, given.AddDays(8)).ShouldBe(FollowUpAction.None);
        c.FollowUpDue(ThreeDaysTwice, given.AddDays(9)).ShouldBe(FollowUpAction.Close);
    }

    [Fact]
    public void A_reminder_goes_to_the_handler_and_stays_off_the_customer_timeline()
    {
        var (c, given) = AwaitingAnswer();
        c.ClearNotices();

        c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, given.AddDays(3));

        var entry = c.Timeline[^1];
        entry.Type.ShouldBe(TimelineEventType.RecontactReminded);
        entry.CustomerVisible.ShouldBeFalse();
        var notice = c.Notices.ShouldHaveSingleItem();
        notice.Template.ShouldBe(NoticeTemplates.RecontactReminder);
        notice.Audience.ShouldBe(NoticeAudience.Owner);
        notice.Data["reminder"].ShouldBe("1");
        DateTimeOffset.Parse(notice.Data["dueAt"]!).ShouldBe(given.AddDays(6));
    }

    [Fact]
    public void Closing_for_no_response_records_the_reason_and_invites_the_customer_to_the_survey()
    {
        var (c, given) = AwaitingAnswer();
        c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, given.AddDays(3));
        c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, given.AddDays(6));
        c.ClearNotices();

        c.CloseForNoResponse(DeadlineMonitor.Actor, given.AddDays(9));

        c.Status.ShouldBe(ComplaintStatus.Closed);
        c.Closure!.Reason.ShouldBe(ClosureReason.NoResponse);
        c.Closure.FinalComment!.ShouldContain("2 re-contact reminders");
        c.Timeline[^1].Type.ShouldBe(TimelineEventType.Closed);
        c.Timeline[^1].ActorStaffNumber.ShouldBe(DeadlineMonitor.Actor.StaffNumber);
        c.Notices.Select(n => n.Template).ShouldBe([NoticeTemplates.Closed, NoticeTemplates.SurveyInvitation]);
        c.Notices.ShouldAllBe(n => n.Audience == NoticeAudience.Customer);
    }

    [Fact]
    public void The_customer_may_still_appeal_after_the_automatic_closure_and_a_new_result_starts_a_new_round()
    {
        var (c, given) = AwaitingAnswer();
        c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, given.AddDays(3));
        c.CloseForNoResponse(DeadlineMonitor.Actor, given.AddDays(6));

        c.Appeal("一直没人联系我", Counter, given.AddDays(7), Rules);
        c.Assign(10, AsAssignee(Handler), Supervisor, given.AddDays(7).AddHours(1));
        c.StartHandling(Handler, given.AddDays(7).AddHours(2));
        c.Resolve(SampleResolution, Handler, given.AddDays(8));
        c.RecordFeedback(FeedbackChannel.Phone, "复核后维持原结论", Handler, given.AddDays(8).AddHours(1));

        var second = c.Feedback!.GivenAt;
        c.FollowUpDue(ThreeDaysTwice, second.AddDays(3).AddMinutes(-1)).ShouldBe(FollowUpAction.None);
        c.FollowUpDue(ThreeDaysTwice, second.AddDays(3)).ShouldBe(FollowUpAction.Remind);
        c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, second.AddDays(3));
        c.RecontactReminders.ShouldBe(1);
    }

    [Theory]
    [InlineData(ComplaintStatus.InProgress)]
    [InlineData(ComplaintStatus.Resolved)]
    [InlineData(ComplaintStatus.Closed)]
    public void Follow_up_applies_only_while_the_customer_owes_an_answer(ComplaintStatus status)
    {
        var c = In(status);

        c.FollowUpDue(ThreeDaysTwice, Start.AddYears(1)).ShouldBe(FollowUpAction.None);
        Should.Throw<IllegalTransitionException>(() => c.RemindToRecontact(ThreeDaysTwice, DeadlineMonitor.Actor, Start.AddYears(1)));
        Should.Throw<IllegalTransitionException>(() => c.CloseForNoResponse(DeadlineMonitor.Actor, Start.AddYears(1)));
    }

    [Fact]
    public void A_contact_with_the_customer_keeps_an_open_call_back_promise()
    {
        var c = In(ComplaintStatus.InProgress);
        var promise = c.RecordStep(HandlingStepKind.CallbackPromise, "明天上午回电", false, Handler, Start.AddDays(1), Start.AddDays(2));
        promise.PromiseState.ShouldBe(CallbackState.Pending);

        c.RecordStep(HandlingStepKind.CustomerContact, "已回电说明进展", true, Handler, Start.AddDays(2).AddMinutes(-10));

        promise.PromiseState.ShouldBe(CallbackState.Kept);
        c.PromisesToMarkBroken(Grace, Start.AddDays(3)).ShouldBeEmpty();
    }

    [Fact]
    public void A_promise_past_its_time_and_grace_is_marked_broken_once_and_tells_owner_and_supervisors()
    {
        var c = In(ComplaintStatus.InProgress);
        var due = Start.AddDays(2);
        var promise = c.RecordStep(HandlingStepKind.CallbackPromise, "明天上午回电", false, Handler, Start.AddDays(1), due);
        c.PromisesToMarkBroken(Grace, due.Add(Grace)).ShouldBeEmpty();
        c.ClearNotices();

        var late = due.Add(Grace).AddMinutes(1);
        c.PromisesToMarkBroken(Grace, late).ShouldBe([promise]);
        c.MarkCallbackBroken(promise.Id, Grace, DeadlineMonitor.Actor, late);

        promise.PromiseState.ShouldBe(CallbackState.Broken);
        c.Timeline[^1].Type.ShouldBe(TimelineEventType.CallbackBroken);
        c.Timeline[^1].CustomerVisible.ShouldBeFalse();
        c.Notices.Select(n => n.Audience).ShouldBe([NoticeAudience.Owner, NoticeAudience.DepartmentSupervisors]);
        c.PromisesToMarkBroken(Grace, late.AddDays(1)).ShouldBeEmpty();
        Should.Throw<IllegalTransitionException>(() => c.MarkCallbackBroken(promise.Id, Grace, DeadlineMonitor.Actor, late.AddDays(1)));

        // A later contact does not rewrite history: the promise stays broken.
        c.RecordStep(HandlingStepKind.CustomerContact, "补打电话", true, Handler, late.AddHours(1));
        promise.PromiseState.ShouldBe(CallbackState.Broken);
    }

    [Fact]
    public void Giving_the_result_keeps_the_open_promises()
    {
        var c = In(ComplaintStatus.InProgress);
        var promise = c.RecordStep(HandlingStepKind.CallbackPromise, "结果出来后回电", false, Handler, Start.AddHours(5), Start.AddDays(2));
        c.Resolve(SampleResolution, Handler, Start.AddDays(1));

        c.RecordFeedback(FeedbackChannel.Phone, "电话告知结果", Handler, Start.AddDays(1).AddHours(1));

        promise.PromiseState.ShouldBe(CallbackState.Kept);
    }
}
