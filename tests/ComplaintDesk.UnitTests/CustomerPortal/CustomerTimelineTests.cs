using ComplaintDesk.CustomerPortal;
using ComplaintDesk.Escalations;
using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.CustomerPortal;

public sealed class CustomerTimelineTests
{
    [Fact]
    public void Internal_notes_escalations_and_root_causes_stay_inside_the_bank()
    {
        var c = In(ComplaintStatus.InProgress);
        var t = Start.AddDays(1);
        c.RecordStep(HandlingStepKind.InternalNote, "内部备注", customerVisible: true, Handler, t);
        c.RecordStep(HandlingStepKind.CustomerContact, "已致电客户", customerVisible: true, Handler, t);
        c.Escalate(new EscalationReport("问题", "不满", "当天答复", "已回电", Priority.High), Handler, t);
        c.Resolve(new Resolution("退还年费", "已退款", null, true, "系统误扣", 10m), Handler, t);

        var entries = CustomerTimeline.From(c.Timeline);

        entries.Select(e => e.Type).ShouldBe([
            TimelineEventType.Registered, TimelineEventType.Assigned, TimelineEventType.HandlingStarted,
            TimelineEventType.StepRecorded, TimelineEventType.Resolved]);
        entries.Single(e => e.Type == TimelineEventType.StepRecorded).Text.ShouldBe("已致电客户");
        entries.Single(e => e.Type == TimelineEventType.Resolved).Text.ShouldBe("退还年费");
        entries.ShouldAllBe(e => e.Text == null || !e.Text.Contains("系统误扣"));
    }

    [Fact]
    public void An_assignment_names_the_handler_and_the_customers_own_steps_name_nobody()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);
        c.Appeal("不认可", Actor.Customer, Start.AddDays(1), Rules);

        var entries = CustomerTimeline.From(c.Timeline);

        var assigned = entries.Single(e => e.Type == TimelineEventType.Assigned);
        (assigned.ActorName, assigned.ActorStaffNumber).ShouldBe((Handler.Name, Handler.StaffNumber));
        var appealed = entries[^1];
        appealed.ByCustomer.ShouldBeTrue();
        appealed.ActorName.ShouldBeNull();
        appealed.Text.ShouldBe("不认可");
    }
}
