using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>What the customer's page offers must be exactly what the transitions accept.</summary>
public sealed class CustomerAnswerPredicatesTests
{
    private static readonly DateTimeOffset Later = Start.AddDays(2);

    [Theory]
    [InlineData(ComplaintStatus.Registered, false, false, false)]
    [InlineData(ComplaintStatus.InProgress, false, false, false)]
    [InlineData(ComplaintStatus.Resolved, false, false, false)]
    [InlineData(ComplaintStatus.AwaitingConfirmation, true, true, false)]
    [InlineData(ComplaintStatus.Reopened, false, false, false)]
    [InlineData(ComplaintStatus.Withdrawn, false, false, false)]
    [InlineData(ComplaintStatus.Closed, false, false, true)]
    public void Each_status_offers_the_answers_its_transitions_accept(ComplaintStatus status, bool confirm, bool appeal, bool survey)
    {
        In(status).MayConfirm(Later).ShouldBe(confirm);
        In(status).MayAppeal(Later).ShouldBe(appeal);
        In(status).MayAnswerSurvey(Later).ShouldBe(survey);

        Accepts(c => c.Confirm(true, null, Actor.Customer, Later), status).ShouldBe(confirm);
        Accepts(c => c.Appeal("不认可", Actor.Customer, Later, Rules), status).ShouldBe(appeal);
        Accepts(c => c.AnswerSurvey(3, null, Actor.Customer, Later), status).ShouldBe(survey);
    }

    [Fact]
    public void After_a_closure_without_response_the_appeal_is_offered_until_the_window_ends()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);
        c.CloseWithoutResponse("三次致电未接通", Handler, Later);

        c.MayAppeal(Later + Complaint.AppealWindow).ShouldBeTrue();
        c.MayAppeal(Later + Complaint.AppealWindow + TimeSpan.FromSeconds(1)).ShouldBeFalse();
        c.MayConfirm(Later).ShouldBeFalse();
        c.MayAnswerSurvey(Later).ShouldBeTrue();
    }

    [Fact]
    public void A_rated_complaint_offers_the_survey_no_more()
    {
        var c = In(ComplaintStatus.Closed);
        c.AnswerSurvey(5, null, Actor.Customer, Later);

        c.MayAnswerSurvey(Later).ShouldBeFalse();
    }

    private static bool Accepts(Action<Complaint> answer, ComplaintStatus status)
    {
        try
        {
            answer(In(status));
            return true;
        }
        catch (IllegalTransitionException)
        {
            return false;
        }
    }
}
