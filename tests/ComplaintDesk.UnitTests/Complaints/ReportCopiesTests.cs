using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;
using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// The copies of the clocks and the rating that reports read from the complaint row follow every change of the clocks.
/// The builder's complaint was received at the counter on Mon 2 Nov 2026 08:30 Beijing time (see DeadlineOutcomeTests).
/// </summary>
public sealed class ReportCopiesTests
{
    private static readonly Actor Monitor = new(0, "Deadline monitor", "SYSTEM", []);

    [Fact]
    public void Registration_copies_the_three_first_round_clocks_and_the_earliest_risk_of_those_running()
    {
        var c = Registered();

        (c.SlaAckOutcome, c.SlaAckCompletedAt).ShouldBe((DeadlineOutcome.Met, (DateTimeOffset?)Start));
        (c.SlaContactOutcome, c.SlaContactDueAt, c.SlaContactCompletedAt).ShouldBe(((DeadlineOutcome?)null, (DateTimeOffset?)Beijing(2026, 11, 4, 17), (DateTimeOffset?)null));
        c.SlaResolutionDueAt.ShouldBe(BeijingEndOfDay(2026, 11, 17));
        // The acknowledgement is met, so the nearest risk is the first contact's, before the decision's.
        c.SlaAtRiskFrom.ShouldBe(c.Deadline(SlaTarget.FirstContact).AtRiskFrom);
        c.SlaAtRiskFrom.ShouldNotBe(c.Deadline(SlaTarget.Resolution).AtRiskFrom);
        c.SurveyRating.ShouldBeNull();
        ShouldMatchTheClocks(c);
    }

    [Fact]
    public void A_missed_flag_counts_at_once_and_takes_that_clock_out_of_the_risk_zone()
    {
        var c = Registered();

        c.MarkMissed(c.Deadline(SlaTarget.FirstContact).Id, Monitor, Beijing(2026, 11, 4, 17, 5), Shanghai);

        c.SlaContactOutcome.ShouldBe(DeadlineOutcome.Missed);
        c.SlaContactCompletedAt.ShouldBeNull();
        c.SlaAtRiskFrom.ShouldBe(c.Deadline(SlaTarget.Resolution).AtRiskFrom);
        ShouldMatchTheClocks(c);
    }

    [Fact]
    public void Feedback_completes_the_clocks_and_leaves_nothing_at_risk()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);

        c.SlaResolutionOutcome.ShouldBe(DeadlineOutcome.Met);
        c.SlaResolutionCompletedAt.ShouldBe(Start.AddHours(4));
        c.SlaAtRiskFrom.ShouldBeNull();
        ShouldMatchTheClocks(c);
    }

    [Fact]
    public void Withdrawal_cancels_the_running_clocks()
    {
        var c = In(ComplaintStatus.Withdrawn);

        c.SlaContactOutcome.ShouldBe(DeadlineOutcome.Cancelled);
        c.SlaResolutionOutcome.ShouldBe(DeadlineOutcome.Cancelled);
        c.SlaAtRiskFrom.ShouldBeNull();
        ShouldMatchTheClocks(c);
    }

    [Fact]
    public void An_appeal_puts_the_review_clock_at_risk_and_keeps_the_first_round_outcomes()
    {
        var c = In(ComplaintStatus.Reopened);

        c.SlaResolutionOutcome.ShouldBe(DeadlineOutcome.Met);
        c.SlaAtRiskFrom.ShouldBe(c.Deadline(SlaTarget.Review, round: 1).AtRiskFrom);
        ShouldMatchTheClocks(c);
    }

    [Fact]
    public void The_survey_answer_is_copied()
    {
        var c = In(ComplaintStatus.Closed);

        c.AnswerSurvey(2, null, Actor.Customer, Start.AddDays(2));

        c.SurveyRating.ShouldBe(2);
    }

    [Fact]
    public void A_pause_and_resume_moves_the_copied_due_times_with_the_clocks()
    {
        var c = InProgressFrom(Beijing(2026, 11, 2, 8, 30));
        var before = c.SlaResolutionDueAt;

        c.Pause("等待客户提供流水", Handler, Beijing(2026, 11, 3, 9));
        c.Resume(Handler, Beijing(2026, 11, 6, 9), ComplaintBuilder.Rules);

        c.SlaResolutionDueAt.ShouldNotBe(before);
        ShouldMatchTheClocks(c);
    }

    /// <summary>The copies say what the clocks themselves say.</summary>
    private static void ShouldMatchTheClocks(Complaint c)
    {
        foreach (var (target, copy) in new[]
        {
            (SlaTarget.Acknowledgement, (c.SlaAckOutcome, c.SlaAckDueAt, c.SlaAckCompletedAt)),
            (SlaTarget.FirstContact, (c.SlaContactOutcome, c.SlaContactDueAt, c.SlaContactCompletedAt)),
            (SlaTarget.Resolution, (c.SlaResolutionOutcome, c.SlaResolutionDueAt, c.SlaResolutionCompletedAt)),
        })
        {
            var d = c.Deadline(target);
            copy.ShouldBe((d.Outcome, (DateTimeOffset?)d.DueAt, d.CompletedAt), target.ToString());
        }
        var running = c.Deadlines.Where(d => d.CompletedAt is null && d.Outcome is null && (d.Round == 0 || d.Round == c.AppealCount));
        c.SlaAtRiskFrom.ShouldBe(running.Select(d => (DateTimeOffset?)d.AtRiskFrom).Min());
    }
}
