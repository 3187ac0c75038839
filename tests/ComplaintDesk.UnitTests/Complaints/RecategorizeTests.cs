using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

public class RecategorizeTests
{
    [Fact]
    public void Recategorizing_changes_category_and_priority_and_records_both_before_and_after()
    {
        var c = Registered();

        c.Recategorize(9, Priority.High, Supervisor, Start.AddHours(1), ComplaintBuilder.Rules);

        c.CategoryId.ShouldBe(9);
        c.Priority.ShouldBe(Priority.High);
        c.Status.ShouldBe(ComplaintStatus.Registered);
        var entry = c.Timeline.Last();
        entry.Type.ShouldBe(TimelineEventType.Recategorized);
        entry.ActorName.ShouldBe(Supervisor.Name);
        entry.CustomerVisible.ShouldBeFalse();
        entry.Details.ShouldContain("\"categoryId\":7");
        entry.Details.ShouldContain("\"categoryId\":9");
    }

    [Fact]
    public void Recategorizing_to_the_same_category_and_priority_is_refused()
    {
        var c = Registered();

        Should.Throw<RuleViolationException>(() => c.Recategorize(7, Priority.Normal, Supervisor, Start.AddHours(1), ComplaintBuilder.Rules));
        c.Timeline.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(ComplaintStatus.Closed)]
    [InlineData(ComplaintStatus.Withdrawn)]
    public void A_finished_complaint_cannot_be_recategorized(ComplaintStatus status)
    {
        var c = In(status);
        var length = c.TimelineLength;

        Should.Throw<IllegalTransitionException>(() => c.Recategorize(9, Priority.High, Supervisor, Start.AddDays(1), ComplaintBuilder.Rules));
        c.TimelineLength.ShouldBe(length);
        c.CategoryId.ShouldBe(7);
    }
}
