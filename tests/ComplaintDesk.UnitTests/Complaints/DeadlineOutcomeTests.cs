using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;
using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// Met or missed per target, the review clock after an appeal, and replanning on recategorisation. The builder's
/// complaint was received at the counter on Mon 2 Nov 2026 08:30 Beijing time: acknowledgement met at once (the slip),
/// first contact due Wed 4 Nov 17:00 (2 business days), decision due Tue 17 Nov 23:59:59 (15 calendar days).
/// </summary>
public class DeadlineOutcomeTests
{
    [Fact]
    public void Registration_plans_three_clocks_under_the_profile_in_force()
    {
        var c = Registered();

        c.SlaProfile.ShouldBe(RegulatoryProfile.China);
        c.Deadlines.Select(d => d.Target).ShouldBe([SlaTarget.Acknowledgement, SlaTarget.FirstContact, SlaTarget.Resolution]);
        c.Deadline(SlaTarget.Acknowledgement).Outcome.ShouldBe(DeadlineOutcome.Met);
        c.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(Beijing(2026, 11, 4, 17));
        c.Deadline(SlaTarget.Resolution).DueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
        c.NextDueAt.ShouldBe(Beijing(2026, 11, 4, 17));
        c.Deadlines.ShouldAllBe(d => d.StartedAt == c.ReceivedAt && d.ProfileCode == RegulatoryProfile.China);
    }

    [Fact]
    public void Feedback_before_the_due_time_meets_every_open_target()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);

        c.Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Met && !d.IsRunning);
        c.Deadline(SlaTarget.Resolution).CompletedAt.ShouldBe(Start.AddHours(4));
    }

    [Theory]
    [InlineData(23, 59, 59, DeadlineOutcome.Met)]
    [InlineData(24, 0, 0, DeadlineOutcome.Missed)]
    public void Feedback_at_the_last_second_meets_the_decision_and_a_second_later_misses_it(int h, int m, int s, DeadlineOutcome expected)
    {
        var received = Beijing(2026, 11, 2, 8, 30);
        var c = InProgressFrom(received);
        var feedbackAt = Beijing(2026, 11, 17).AddHours(h).AddMinutes(m).AddSeconds(s);

        c.Resolve(SampleResolution, Handler, feedbackAt.AddHours(-2));
        c.RecordFeedback(FeedbackChannel.Phone, "已电话告知核查结论", Handler, feedbackAt);

        c.Deadline(SlaTarget.Resolution).Outcome.ShouldBe(expected);
        // Picked up at 10:30 on the day of receipt: the acknowledgement was met; nobody called before Wed 4 Nov 17:00.
        c.Deadline(SlaTarget.Acknowledgement).Outcome.ShouldBe(DeadlineOutcome.Met);
        c.Deadline(SlaTarget.FirstContact).Outcome.ShouldBe(DeadlineOutcome.Missed);
    }

    [Fact]
    public void A_customer_contact_meets_the_first_contact_target_on_its_own()
    {
        var c = InProgressFrom(Beijing(2026, 11, 2, 8, 30));

        c.RecordStep(HandlingStepKind.CustomerContact, "电话联系客户，了解扣款经过", customerVisible: true, Handler, Beijing(2026, 11, 3, 10));

        c.Deadline(SlaTarget.FirstContact).Outcome.ShouldBe(DeadlineOutcome.Met);
        c.Deadline(SlaTarget.Resolution).IsRunning.ShouldBeTrue();
        c.NextDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
    }

    [Fact]
    public void An_appeal_starts_a_30_day_review_clock_counted_from_the_appeal()
    {
        // Feedback Mon 2 Nov 13:00, appeal 14:00: the review is due 2 Nov + 30 days = Wed 2 Dec 23:59:59.
        var c = In(ComplaintStatus.Reopened);

        var review = c.Deadline(SlaTarget.Review, round: 1);
        review.StartedAt.ShouldBe(Start.AddHours(5));
        review.Span.ShouldBe(SlaSpan.CalendarDays(30));
        review.DueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
        c.DecisionDeadline.ShouldBeSameAs(review);
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
        c.NextDueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
        c.Deadline(SlaTarget.Resolution).Outcome.ShouldBe(DeadlineOutcome.Met);
    }

    [Fact]
    public void The_review_is_met_by_the_next_feedback()
    {
        var c = In(ComplaintStatus.Reopened);
        var t = Beijing(2026, 11, 20, 9);
        c.Assign(10, AsAssignee(Handler), Supervisor, t);
        c.StartHandling(Handler, t.AddHours(1));
        c.Resolve(SampleResolution, Handler, t.AddHours(2));

        c.RecordFeedback(FeedbackChannel.Letter, "书面告知核查结论", Handler, t.AddHours(3));

        c.Deadline(SlaTarget.Review, round: 1).Outcome.ShouldBe(DeadlineOutcome.Met);
        c.Deadlines.ShouldAllBe(d => !d.IsRunning);
    }

    [Fact]
    public void Recategorising_replans_the_running_clocks_with_the_policy_id_and_version()
    {
        var policy = Policy(42, 9, Priority.High, SlaSpan.BusinessHours(2), SlaSpan.BusinessHours(8), SlaSpan.CalendarDays(10));
        var rules = ChinaRules(policy);
        var c = Registered();

        c.Recategorize(9, Priority.High, Supervisor, Start.AddHours(1), rules);

        // From receipt (Mon 2 Nov 08:30): 8 business hours from opening → Mon 17:00; 10 calendar days → Thu 12 Nov.
        var firstContact = c.Deadline(SlaTarget.FirstContact);
        firstContact.DueAt.ShouldBe(Beijing(2026, 11, 2, 17));
        (firstContact.PolicyId, firstContact.PolicyVersion).ShouldBe((42L, 1));
        var decision = c.Deadline(SlaTarget.Resolution);
        decision.DueAt.ShouldBe(BeijingEndOfDay(2026, 11, 12));
        (decision.PolicyId, decision.PolicyVersion).ShouldBe((42L, 1));
        decision.Span.ShouldBe(SlaSpan.CalendarDays(10));
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 12));
        // The acknowledgement was already met at the counter; it keeps the plan it was met under.
        c.Deadline(SlaTarget.Acknowledgement).PolicyId.ShouldBeNull();

        // The policy is edited (version 2) and the complaint moved back and forth: the new version is recorded.
        policy.Update(policy.Name, SlaSpan.BusinessHours(2), SlaSpan.BusinessHours(4), SlaSpan.CalendarDays(10), true, Start);
        c.Recategorize(7, Priority.Normal, Supervisor, Start.AddHours(2), rules);
        c.Deadline(SlaTarget.Resolution).PolicyId.ShouldBeNull();
        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
        c.Recategorize(9, Priority.High, Supervisor, Start.AddHours(3), rules);
        c.Deadline(SlaTarget.FirstContact).DueAt.ShouldBe(Beijing(2026, 11, 2, 13));
        c.Deadline(SlaTarget.FirstContact).PolicyVersion.ShouldBe(2);
    }

    [Fact]
    public void Recategorising_does_not_undo_an_approved_extension()
    {
        var c = In(ComplaintStatus.InProgress);
        c.RequestExtension("需调取交易流水", Handler, Beijing(2026, 11, 10, 10), ComplaintBuilder.Rules);
        c.DecideExtension(true, null, Supervisor, Beijing(2026, 11, 10, 15), ComplaintBuilder.Rules);

        c.Recategorize(9, Priority.High, Supervisor, Beijing(2026, 11, 11, 9),
            ChinaRules(Policy(42, 9, Priority.High, SlaSpan.BusinessHours(2), SlaSpan.BusinessHours(8), SlaSpan.CalendarDays(10))));

        c.ResponseDueAt.ShouldBe(BeijingEndOfDay(2026, 12, 2));
        c.Deadline(SlaTarget.Resolution).PolicyId.ShouldBeNull();
    }

    [Fact]
    public void A_missed_decision_is_escalated_with_the_deadline_in_the_banks_time()
    {
        var c = InProgressFrom(Beijing(2026, 11, 2, 8, 30));
        c.RecordStep(HandlingStepKind.CustomerContact, "电话联系客户，了解扣款经过", customerVisible: true, Handler, Beijing(2026, 11, 3, 10));

        c.MarkMissed(c.Deadline(SlaTarget.Resolution).Id, new ComplaintDesk.Common.Actor(0, "Deadline monitor", "SYSTEM", []),
            BeijingEndOfDay(2026, 11, 17).AddMinutes(5), Shanghai);

        var problem = c.Escalations.ShouldHaveSingleItem().Problem;
        problem.ShouldContain("2026-11-17 23:59");
        problem.ShouldNotContain("UTC");
    }
}
