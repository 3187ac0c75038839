using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

public sealed class SatisfactionSurveyTests
{
    private static readonly DateTimeOffset Later = Start.AddDays(2);

    [Theory]
    [InlineData(ComplaintStatus.Registered)]
    [InlineData(ComplaintStatus.InProgress)]
    [InlineData(ComplaintStatus.AwaitingConfirmation)]
    [InlineData(ComplaintStatus.Reopened)]
    [InlineData(ComplaintStatus.Withdrawn)]
    public void A_complaint_that_is_not_closed_refuses_the_survey(ComplaintStatus status)
    {
        var c = In(status);

        Should.Throw<IllegalTransitionException>(() => c.AnswerSurvey(5, null, Actor.Customer, Later));
        c.Survey.ShouldBeNull();
    }

    [Fact]
    public void A_closed_complaint_takes_one_answer_recorded_on_the_timeline_as_the_customer()
    {
        var c = In(ComplaintStatus.Closed);

        c.AnswerSurvey(4, "  处理及时 ", Actor.Customer, Later);

        c.Survey.ShouldBe(new SatisfactionSurvey(4, "处理及时", Later));
        var entry = c.Timeline[^1];
        entry.Type.ShouldBe(TimelineEventType.SurveyAnswered);
        entry.ActorStaffNumber.ShouldBe(Actor.Customer.StaffNumber);
        entry.CustomerVisible.ShouldBeTrue();
    }

    [Fact]
    public void A_second_answer_is_refused_and_the_first_one_stays()
    {
        var c = In(ComplaintStatus.Closed);
        c.AnswerSurvey(2, "一般", Actor.Customer, Later);

        Should.Throw<IllegalTransitionException>(() => c.AnswerSurvey(5, "改主意了", Actor.Customer, Later.AddHours(1)));
        c.Survey!.Rating.ShouldBe(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_rating_outside_1_to_5_is_a_rule_violation_on_rating(int rating)
    {
        var c = In(ComplaintStatus.Closed);

        Should.Throw<RuleViolationException>(() => c.AnswerSurvey(rating, null, Actor.Customer, Later)).Field.ShouldBe("rating");
        c.Survey.ShouldBeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void The_lowest_and_highest_ratings_are_accepted(int rating)
    {
        var c = In(ComplaintStatus.Closed);

        c.AnswerSurvey(rating, null, Actor.Customer, Later);

        c.Survey!.Rating.ShouldBe(rating);
    }
}
