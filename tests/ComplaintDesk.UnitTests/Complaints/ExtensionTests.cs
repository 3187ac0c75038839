using ComplaintDesk.Intake;
using ComplaintDesk.Staff;
using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;
using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// The extension ladders. China: 15 days, then 30, then 60, all counted from receipt; the second extension needs a
/// Manager. UK FCA: none. US CFPB: 15 days, then 60.
/// </summary>
public class ExtensionTests
{
    // The builder's complaint was received Mon 2 Nov 2026 08:30 Beijing time:
    //   15 days → Tue 17 Nov 23:59:59; 30 days → Wed 2 Dec 23:59:59; 60 days → Fri 1 Jan 2027 23:59:59.

    [Fact]
    public void China_first_extension_to_30_days_is_approved_by_a_supervisor_and_the_customer_is_told()
    {
        var c = In(ComplaintStatus.InProgress);
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
        c.ClearNotices();

        var request = c.RequestExtension("需调取第三方支付机构交易流水，15日内无法核实", Handler, Beijing(2026, 11, 10, 10), ComplaintBuilder.Rules);

        request.ApproverRole.ShouldBe(Roles.Supervisor);
        request.ProposedDueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
        c.PendingExtension.ShouldBeSameAs(request);
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
        c.Notices.Single().Audience.ShouldBe(NoticeAudience.DepartmentSupervisors);
        c.Timeline.Last().CustomerVisible.ShouldBeFalse();

        c.DecideExtension(true, "同意延期", Supervisor, Beijing(2026, 11, 10, 15), ComplaintBuilder.Rules);

        var decision = c.Deadline(SlaTarget.Resolution);
        decision.DueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
        decision.Extensions.ShouldBe(1);
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
        c.PendingExtension.ShouldBeNull();
        var told = c.Timeline.Last();
        told.Type.ShouldBe(TimelineEventType.ExtensionDecided);
        told.CustomerVisible.ShouldBeTrue();
        told.Details.ShouldContain("第三方支付机构");
        var notice = c.Notices.Last();
        (notice.Template, notice.Audience).ShouldBe((NoticeTemplates.DeadlineExtended, NoticeAudience.Customer));
        notice.Data["reason"].ShouldBe("需调取第三方支付机构交易流水，15日内无法核实");
    }

    [Fact]
    public void China_second_extension_to_60_days_needs_a_manager_and_there_is_no_third()
    {
        var c = In(ComplaintStatus.InProgress);
        c.RequestExtension("需调取第三方交易流水", Handler, Beijing(2026, 11, 10, 10), ComplaintBuilder.Rules);
        c.DecideExtension(true, null, Supervisor, Beijing(2026, 11, 10, 15), ComplaintBuilder.Rules);

        var second = c.RequestExtension("涉及跨境交易，需境外机构协查", Handler, Beijing(2026, 11, 30, 10), ComplaintBuilder.Rules);

        second.ApproverRole.ShouldBe(Roles.Manager);
        second.ProposedDueAt.ShouldBe(BeijingEndOfDay(2027, 1, 1));
        c.Notices.Last().Audience.ShouldBe(NoticeAudience.Managers);
        Should.Throw<ForbiddenActionException>(() => c.DecideExtension(true, null, Supervisor, Beijing(2026, 11, 30, 11), ComplaintBuilder.Rules));
        c.PendingExtension.ShouldBeSameAs(second);

        c.DecideExtension(true, "经分管领导审批同意", Manager, Beijing(2026, 11, 30, 16), ComplaintBuilder.Rules);

        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2027, 1, 1));
        c.Deadline(SlaTarget.Resolution).Extensions.ShouldBe(2);
        Should.Throw<RuleViolationException>(() => c.RequestExtension("再次延期", Handler, Beijing(2026, 12, 20, 10), ComplaintBuilder.Rules));
        c.Extensions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_refused_extension_leaves_the_deadline_and_the_same_rung_may_be_asked_for_again()
    {
        var c = In(ComplaintStatus.InProgress);
        c.RequestExtension("材料不全", Handler, Beijing(2026, 11, 10, 10), ComplaintBuilder.Rules);
        var noticesBefore = c.Notices.Count;

        c.DecideExtension(false, "请先联系客户补充材料", Supervisor, Beijing(2026, 11, 10, 15), ComplaintBuilder.Rules);

        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
        c.Extensions.Single().Approved.ShouldBe(false);
        c.Timeline.Last().CustomerVisible.ShouldBeFalse();
        c.Notices.Count.ShouldBe(noticesBefore);
        c.RequestExtension("客户补充材料后仍需核实", Handler, Beijing(2026, 11, 12, 10), ComplaintBuilder.Rules).ApproverRole.ShouldBe(Roles.Supervisor);
    }

    [Fact]
    public void A_decision_needs_a_request()
    {
        var c = In(ComplaintStatus.InProgress);

        Should.Throw<IllegalTransitionException>(() => c.DecideExtension(true, null, Supervisor, Beijing(2026, 11, 10, 9), ComplaintBuilder.Rules));
        c.Extensions.ShouldBeEmpty();
    }

    [Fact]
    public void Only_one_request_waits_at_a_time()
    {
        var c = In(ComplaintStatus.InProgress);
        c.RequestExtension("需调取流水", Handler, Beijing(2026, 11, 10, 10), ComplaintBuilder.Rules);

        Should.Throw<IllegalTransitionException>(() => c.RequestExtension("再次申请", Handler, Beijing(2026, 11, 10, 11), ComplaintBuilder.Rules));
        c.Extensions.Count.ShouldBe(1);
    }

    [Fact]
    public void A_handler_cannot_decide_a_request()
    {
        var c = In(ComplaintStatus.InProgress);
        c.RequestExtension("需调取流水", Handler, Beijing(2026, 11, 10, 10), ComplaintBuilder.Rules);

        Should.Throw<ForbiddenActionException>(() => c.DecideExtension(true, null, OtherHandler, Beijing(2026, 11, 10, 12), ComplaintBuilder.Rules));
        c.Extensions.Single().IsPending.ShouldBeTrue();
    }

    [Fact]
    public void An_extension_keeps_the_paused_time_added_back()
    {
        var c = In(ComplaintStatus.InProgress);
        // Paused Tue 3 Nov 09:00 → Thu 5 Nov 09:00: two days of wall time, added to the calendar-day decision clock.
        c.Pause("等待外部鉴定", Handler, Beijing(2026, 11, 3, 9));
        c.Resume(Handler, Beijing(2026, 11, 5, 9), ComplaintBuilder.Rules);
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 19));

        var request = c.RequestExtension("鉴定后仍需核实", Handler, Beijing(2026, 11, 10, 10), ComplaintBuilder.Rules);
        c.DecideExtension(true, null, Supervisor, Beijing(2026, 11, 10, 15), ComplaintBuilder.Rules);

        // 30 days from receipt (2 Dec 23:59:59) + the two paused days → Fri 4 Dec 23:59:59.
        request.ProposedDueAt.ShouldBe(BeijingEndOfDay(2026, 12, 4));
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 12, 4));
    }

    [Fact]
    public void The_review_of_an_appeal_cannot_be_extended()
    {
        // The review runs 30 days from the appeal (2 Dec 23:59:59). The first rung of the Chinese ladder, 30 days from
        // the start of that clock, would end at the same second: approving it would tell the customer of an
        // extension that gives no time at all. The ladders are for the first decision.
        var c = In(ComplaintStatus.Reopened);
        c.Assign(10, AsAssignee(Handler), Supervisor, Beijing(2026, 11, 3, 9));
        var length = c.Timeline.Count;

        Should.Throw<RuleViolationException>(() => c.RequestExtension("核查需调取录音", Handler, Beijing(2026, 11, 3, 10), ComplaintBuilder.Rules));

        c.Extensions.ShouldBeEmpty();
        c.Timeline.Count.ShouldBe(length);
    }

    [Fact]
    public void The_uk_rules_allow_no_extension()
    {
        var uk = Rules(RegulatoryProfile.UkFca, England);
        // Received Mon 2 Mar 2026 10:00 GMT: the final response is due 8 weeks on, Mon 27 Apr 23:59:59 BST.
        var c = InProgressFrom(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), uk);
        c.ResponseDueAt.ShouldBe(new DateTimeOffset(2026, 4, 27, 23, 59, 59, TimeSpan.FromHours(1)));
        var length = c.Timeline.Count;

        Should.Throw<RuleViolationException>(() => c.RequestExtension("需要更多时间", Handler, new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.Zero), uk));

        c.Extensions.ShouldBeEmpty();
        c.Timeline.Count.ShouldBe(length);
        c.SlaProfile.ShouldBe(RegulatoryProfile.UkFca);
    }

    [Fact]
    public void The_us_rules_extend_once_from_15_to_60_days()
    {
        var us = Rules(RegulatoryProfile.UsCfpb, UnitedStates);
        var est = TimeSpan.FromHours(-5);
        var edt = TimeSpan.FromHours(-4);
        // Received Mon 2 Mar 2026 10:00 EST: 15 days → Tue 17 Mar 23:59:59 EDT; 60 days → Fri 1 May 23:59:59 EDT.
        var c = InProgressFrom(new DateTimeOffset(2026, 3, 2, 10, 0, 0, est), us);
        c.ResponseDueAt.ShouldBe(new DateTimeOffset(2026, 3, 17, 23, 59, 59, edt));

        var request = c.RequestExtension("Response in progress: card network chargeback pending", Handler,
            new DateTimeOffset(2026, 3, 16, 10, 0, 0, edt), us);
        request.ApproverRole.ShouldBe(Roles.Supervisor);
        c.DecideExtension(true, null, Supervisor, new DateTimeOffset(2026, 3, 16, 12, 0, 0, edt), us);

        c.ResponseDueAt.ShouldBe(new DateTimeOffset(2026, 5, 1, 23, 59, 59, edt));
        Should.Throw<RuleViolationException>(() => c.RequestExtension("again", Handler, new DateTimeOffset(2026, 4, 20, 10, 0, 0, edt), us));
    }

    [Fact]
    public void A_complaint_keeps_the_profile_it_was_registered_under_when_an_admin_selects_another()
    {
        var c = In(ComplaintStatus.InProgress);
        var ukNow = Rules(RegulatoryProfile.UkFca, China);

        // The UK rules allow no extension; this complaint runs under the Chinese ones and still may.
        c.RequestExtension("需调取第三方交易流水", Handler, Beijing(2026, 11, 10, 10), ukNow);
        c.DecideExtension(true, null, Supervisor, Beijing(2026, 11, 10, 15), ukNow);

        c.SlaProfile.ShouldBe(RegulatoryProfile.China);
        c.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
    }

    [Fact]
    public void An_extended_deadline_counts_in_calendar_days_so_a_later_pause_moves_it_by_wall_time()
    {
        // A policy sets the decision at 10 business days; the extension gives 30 calendar days from receipt.
        var rules = ChinaRules(Policy(1, null, null, SlaSpan.BusinessDays(1), SlaSpan.BusinessDays(2), SlaSpan.BusinessDays(10)));
        var c = Complaint.Register("TS20261102000009",
            new Registration(new Customer("张伟", "13812345678", null, null, null), Channel.Counter, Start.AddMinutes(-30), 7,
                Priority.Normal, "信用卡年费未经同意被扣收", null), rules, Counter, Start);
        c.Assign(10, AsAssignee(Handler), Supervisor, Start.AddHours(1));
        c.StartHandling(Handler, Start.AddHours(2));
        c.Deadline(SlaTarget.Resolution).SpanUnit.ShouldBe(SlaUnit.BusinessDays);
        c.RequestExtension("案情复杂", Handler, Beijing(2026, 11, 10, 10), rules);
        c.DecideExtension(true, null, Supervisor, Beijing(2026, 11, 10, 11), rules);
        c.Deadline(SlaTarget.Resolution).SpanUnit.ShouldBe(SlaUnit.CalendarDays);

        // Paused from Friday 13 Nov 17:00 to Monday 16 Nov 09:00: no working time, but 64 hours of wall time.
        c.Pause("等待外部鉴定", Handler, Beijing(2026, 11, 13, 17));
        c.Resume(Handler, Beijing(2026, 11, 16, 9), rules);

        c.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2).AddHours(64));
    }
}
