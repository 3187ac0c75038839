using System.Reflection;
using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

public class TimelineChainTests
{
    [Fact]
    public void A_full_lifecycle_leaves_an_unbroken_chain_numbered_from_one()
    {
        var c = In(ComplaintStatus.Closed);

        c.Timeline.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, c.Timeline.Count));
        c.TimelineLength.ShouldBe(c.Timeline.Count);
        TimelineVerifier.FirstBrokenEntry(c.Timeline).ShouldBeNull();
        c.Timeline.Select(e => e.Type).ShouldBe([
            TimelineEventType.Registered, TimelineEventType.Assigned, TimelineEventType.HandlingStarted,
            TimelineEventType.Resolved, TimelineEventType.FeedbackGiven, TimelineEventType.Confirmed]);
    }

    [Fact]
    public void Editing_an_entry_breaks_the_chain_at_that_entry()
    {
        var c = In(ComplaintStatus.Closed);
        var third = c.Timeline[2];

        SetPrivate(third, nameof(TimelineEvent.Details), "{\"forged\":true}");

        TimelineVerifier.FirstBrokenEntry(c.Timeline).ShouldBe(3);
    }

    [Fact]
    public void Removing_an_entry_breaks_the_chain_where_it_was()
    {
        var c = In(ComplaintStatus.Closed);
        var withoutFourth = c.Timeline.Where(e => e.Sequence != 4).ToList();

        TimelineVerifier.FirstBrokenEntry(withoutFourth).ShouldBe(4);
    }

    [Fact]
    public void Losing_the_newest_entries_is_caught_by_the_head_stored_on_the_complaint()
    {
        var c = In(ComplaintStatus.Closed);
        var withoutLast = c.Timeline.Take(c.Timeline.Count - 1).ToList();

        TimelineVerifier.FirstBrokenEntry(withoutLast).ShouldBeNull();
        TimelineVerifier.FirstBrokenEntry(withoutLast, c.TimelineLength, c.TimelineHead).ShouldBe(c.Timeline.Count);
        TimelineVerifier.FirstBrokenEntry(c.Timeline, c.TimelineLength, c.TimelineHead).ShouldBeNull();
    }

    [Fact]
    public void Changing_who_acted_breaks_the_chain()
    {
        var c = In(ComplaintStatus.Resolved);

        SetPrivate(c.Timeline[1], nameof(TimelineEvent.ActorStaffNumber), "X999");

        TimelineVerifier.FirstBrokenEntry(c.Timeline).ShouldBe(2);
    }

    [Fact]
    public void Details_keep_chinese_text_readable()
    {
        var c = In(ComplaintStatus.InProgress);

        c.RecordStep(HandlingStepKind.CustomerContact, "已致电客户，客户同意等待", true, Handler, Start.AddDays(1));

        c.Timeline[^1].Details.ShouldContain("已致电客户，客户同意等待");
    }

    private static void SetPrivate(TimelineEvent e, string property, object value) =>
        typeof(TimelineEvent).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!
            .SetValue(e, value);
}
