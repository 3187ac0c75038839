using ComplaintDesk.Escalations;
using ComplaintDesk.Intake;
using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

public class ComplaintRulesTests
{
    [Fact]
    public void Registration_records_the_intake_and_opens_the_timeline()
    {
        var c = Registered();

        c.Status.ShouldBe(ComplaintStatus.Registered);
        c.Number.ShouldBe("TS20261102000001");
        c.RegisteredById.ShouldBe(Counter.StaffId);
        c.Timeline.Count.ShouldBe(1);
        var first = c.Timeline[0];
        first.Type.ShouldBe(TimelineEventType.Registered);
        first.FromStatus.ShouldBeNull();
        first.ToStatus.ShouldBe(ComplaintStatus.Registered);
        first.PreviousHash.ShouldBe("");
        first.ActorStaffNumber.ShouldBe("C001");
        first.Details.ShouldContain("\"number\":\"TS20261102000001\"");
    }

    [Fact]
    public void A_complaint_cannot_be_received_in_the_future()
    {
        var registration = new Registration(new Customer("张伟", "13812345678", null, null, null),
            Channel.Phone, Start.AddMinutes(1), 7, Priority.Normal, "描述", null);

        var error = Should.Throw<RuleViolationException>(() => Complaint.Register("TS1", registration, Rules, Counter, Start));
        error.Field.ShouldBe("receivedAt");
    }

    [Fact]
    public void The_clocks_run_from_receipt_not_from_registration()
    {
        // A letter received on Saturday 31 October and registered on Monday 2 November.
        var registration = new Registration(new Customer("张伟", "13812345678", null, null, null),
            Channel.Letter, Start.AddDays(-2), 7, Priority.Normal, "描述", null);

        var c = Complaint.Register("TS1", registration, Rules, Counter, Start);

        c.SlaProfile.ShouldBe("CN-NFRA");
        var due = c.Deadlines.ToDictionary(d => d.Target, d => d.DueAt);
        due[SlaTarget.Acknowledgement].ShouldBe(new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.FromHours(8)));
        due[SlaTarget.FirstContact].ShouldBe(new DateTimeOffset(2026, 11, 3, 17, 0, 0, TimeSpan.FromHours(8)));
        due[SlaTarget.Resolution].ShouldBe(new DateTimeOffset(2026, 11, 15, 23, 59, 59, TimeSpan.FromHours(8)));
        c.ResponseDueAt.ShouldBe(due[SlaTarget.Resolution]);
        c.NextDueAt.ShouldBe(due[SlaTarget.Acknowledgement]);
        c.Deadlines.ShouldAllBe(d => d.Outcome == null, "a letter is not acknowledged by being registered");
    }

    [Fact]
    public void A_callback_promise_needs_a_future_due_time()
    {
        var c = In(ComplaintStatus.InProgress);
        var now = Start.AddDays(1);

        Should.Throw<RuleViolationException>(() => c.RecordStep(HandlingStepKind.CallbackPromise, "明天回电", true, Handler, now))
            .Field.ShouldBe("dueAt");
        Should.Throw<RuleViolationException>(() => c.RecordStep(HandlingStepKind.CallbackPromise, "回电", true, Handler, now, now.AddMinutes(-1)));
        var promise = c.RecordStep(HandlingStepKind.CallbackPromise, "明天上午回电", true, Handler, now, now.AddHours(20));

        promise.DueAt.ShouldBe(Clock.Normalize(now.AddHours(20)));
        c.Steps.ShouldHaveSingleItem();
    }

    [Fact]
    public void Steps_other_than_a_callback_promise_carry_no_due_time()
    {
        var c = In(ComplaintStatus.InProgress);
        var now = Start.AddDays(1);

        var finding = c.RecordStep(HandlingStepKind.InvestigationFinding, "查明原因", false, Handler, now, now.AddHours(20));

        finding.DueAt.ShouldBeNull();
    }

    [Fact]
    public void Only_the_assigned_handler_or_a_supervisor_may_start_resolve_and_give_feedback()
    {
        var c = In(ComplaintStatus.Assigned);

        Should.Throw<ForbiddenActionException>(() => c.StartHandling(OtherHandler, Start.AddDays(1)));
        c.Status.ShouldBe(ComplaintStatus.Assigned);

        c.StartHandling(Handler, Start.AddDays(1));
        Should.Throw<ForbiddenActionException>(() => c.Resolve(SampleResolution, OtherHandler, Start.AddDays(2)));
        c.Resolve(SampleResolution, Supervisor, Start.AddDays(2));
        Should.Throw<ForbiddenActionException>(() => c.RecordFeedback(FeedbackChannel.Phone, "告知", OtherHandler, Start.AddDays(3)));
        c.Status.ShouldBe(ComplaintStatus.Resolved);
    }

    [Fact]
    public void Reassignment_while_in_progress_hands_the_case_back_to_be_picked_up()
    {
        var c = In(ComplaintStatus.InProgress);

        c.Assign(11, AsAssignee(OtherHandler), Supervisor, Start.AddDays(1));

        c.Status.ShouldBe(ComplaintStatus.Assigned);
        c.AssigneeId.ShouldBe(OtherHandler.StaffId);
        c.AssigneeStaffNumber.ShouldBe("H002");
        c.DepartmentId.ShouldBe(11);
        Should.Throw<ForbiddenActionException>(() => c.StartHandling(Handler, Start.AddDays(2)));
    }

    [Fact]
    public void Internal_notes_are_never_customer_visible()
    {
        var c = In(ComplaintStatus.InProgress);

        var note = c.RecordStep(HandlingStepKind.InternalNote, "内部备注", customerVisible: true, Handler, Start.AddDays(1));
        var contact = c.RecordStep(HandlingStepKind.CustomerContact, "已致电客户", customerVisible: true, Handler, Start.AddDays(1));

        note.CustomerVisible.ShouldBeFalse();
        contact.CustomerVisible.ShouldBeTrue();
        c.Timeline[^2].CustomerVisible.ShouldBeFalse();
        c.Timeline[^1].CustomerVisible.ShouldBeTrue();
    }

    [Fact]
    public void Appeal_reopens_counts_and_clears_the_closure()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);

        c.Appeal("赔付金额不足", Counter, Start.AddDays(1), ComplaintBuilder.Rules);

        c.Status.ShouldBe(ComplaintStatus.Reopened);
        c.AppealCount.ShouldBe(1);
        c.Appeals.Single().Reason.ShouldBe("赔付金额不足");
        c.Closure.ShouldBeNull();
    }

    [Fact]
    public void A_complaint_closed_without_response_can_be_appealed_within_thirty_days_only()
    {
        var closedAt = Start.AddDays(1);

        var inTime = ClosedWithoutResponse(closedAt);
        inTime.Closure!.Reason.ShouldBe(ClosureReason.NoResponse);
        inTime.Appeal("之前未接到电话", Counter, closedAt + Complaint.AppealWindow, ComplaintBuilder.Rules);
        inTime.Status.ShouldBe(ComplaintStatus.Reopened);

        var late = ClosedWithoutResponse(closedAt);
        Should.Throw<IllegalTransitionException>(() =>
            late.Appeal("之前未接到电话", Counter, closedAt + Complaint.AppealWindow + TimeSpan.FromSeconds(1), ComplaintBuilder.Rules));
        late.Status.ShouldBe(ComplaintStatus.Closed);
    }

    [Fact]
    public void A_confirmed_complaint_cannot_be_appealed()
    {
        var c = In(ComplaintStatus.Closed);

        c.Closure!.Reason.ShouldBe(ClosureReason.Confirmed);
        c.Closure.CustomerSatisfied.ShouldBe(true);
        Should.Throw<IllegalTransitionException>(() => c.Appeal("反悔", Counter, Start.AddDays(1), ComplaintBuilder.Rules));
    }

    [Fact]
    public void Withdrawal_records_the_reason_as_the_closure()
    {
        var c = In(ComplaintStatus.Resolved);

        c.Withdraw("客户与网点协商解决", Counter, Start.AddDays(1));

        c.Status.ShouldBe(ComplaintStatus.Withdrawn);
        c.IsOpen.ShouldBeFalse();
        c.Closure!.Reason.ShouldBe(ClosureReason.Withdrawn);
        c.Closure.FinalComment.ShouldBe("客户与网点协商解决");
    }

    [Fact]
    public void One_escalation_waits_at_a_time_and_each_decision_raises_the_level_for_the_next()
    {
        var c = In(ComplaintStatus.InProgress);

        var first = c.Escalate(SampleReport, Handler, Start.AddDays(1));
        first.Level.ShouldBe(1);
        first.CustomerMood.ShouldBe("情绪激动");
        c.PendingEscalation.ShouldBe(first);
        Should.Throw<IllegalTransitionException>(() => c.Escalate(SampleReport, Handler, Start.AddDays(1)));

        c.DecideEscalation("同意先行退款", Supervisor, Start.AddDays(2));
        first.Decision.ShouldBe("同意先行退款");
        first.DecidedByName.ShouldBe(Supervisor.Name);
        c.PendingEscalation.ShouldBeNull();
        Should.Throw<IllegalTransitionException>(() => c.DecideEscalation("再次决定", Supervisor, Start.AddDays(2)));

        var second = c.Escalate(SampleReport, Handler, Start.AddDays(3));
        second.Level.ShouldBe(2);
        c.EscalationLevel.ShouldBe(2);
        c.Timeline.Count(e => e.Type == TimelineEventType.Escalated).ShouldBe(2);
        c.Timeline.Where(e => e.Type is TimelineEventType.Escalated or TimelineEventType.EscalationDecided)
            .ShouldAllBe(e => !e.CustomerVisible);
    }

    [Fact]
    public void Resolution_and_feedback_name_the_handler()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);

        c.Resolution.ShouldBe(SampleResolution);
        c.ResolvedAt.ShouldNotBeNull();
        c.Feedback!.GivenByName.ShouldBe(Handler.Name);
        c.Feedback.GivenByStaffNumber.ShouldBe("H001");
        c.Feedback.Channel.ShouldBe(FeedbackChannel.Phone);
    }
}
