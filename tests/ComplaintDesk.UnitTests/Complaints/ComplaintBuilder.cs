using ComplaintDesk.Escalations;
using ComplaintDesk.Intake;
using ComplaintDesk.Staff;
using ComplaintDesk.UnitTests.Clocks;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>Builds complaints in a given status by walking the real transitions, never by setting state directly.</summary>
internal static class ComplaintBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly ComplaintDesk.Clocks.SlaRules Rules = TestCalendars.ChinaRules();

    public static readonly Actor Counter = new(1, "柜员 王芳", "C001", [Roles.Counter]);
    public static readonly Actor Handler = new(2, "处理人 李强", "H001", [Roles.Handler]);
    public static readonly Actor OtherHandler = new(3, "处理人 赵敏", "H002", [Roles.Handler]);
    public static readonly Actor Supervisor = new(4, "主管 陈静", "S001", [Roles.Supervisor]);
    public static readonly Actor Manager = new(5, "经理 孙立", "M001", [Roles.Manager]);

    public static Assignee AsAssignee(Actor a) => new(a.StaffId, a.Name, a.StaffNumber);

    public static Complaint Registered() => Complaint.Register("TS20261102000001",
        new Registration(
            new Customer("张伟", "13812345678", "zhang@example.com", "110101199003071234", null),
            Channel.Counter, Start.AddMinutes(-30), 7, Priority.Normal,
            "信用卡年费未经同意被扣收", "退还年费"),
        Rules, Counter, Start);

    /// <summary>Walks a fresh complaint to <paramref name="status"/>; Closed means confirmed by the customer.</summary>
    public static Complaint In(ComplaintStatus status)
    {
        var c = Registered();
        var t = Start;
        if (status == ComplaintStatus.Registered) return c;
        if (status == ComplaintStatus.Withdrawn)
        {
            c.Withdraw("客户撤回", Counter, t = t.AddHours(1));
            return c;
        }
        c.Assign(10, AsAssignee(Handler), Supervisor, t = t.AddHours(1));
        if (status == ComplaintStatus.Assigned) return c;
        c.StartHandling(Handler, t = t.AddHours(1));
        if (status == ComplaintStatus.InProgress) return c;
        c.Resolve(SampleResolution, Handler, t = t.AddHours(1));
        if (status == ComplaintStatus.Resolved) return c;
        c.RecordFeedback(FeedbackChannel.Phone, "已电话告知处理结果", Handler, t = t.AddHours(1));
        if (status == ComplaintStatus.AwaitingConfirmation) return c;
        if (status == ComplaintStatus.Closed)
        {
            c.Confirm(true, "满意", Counter, t.AddHours(1));
            return c;
        }
        if (status == ComplaintStatus.Reopened)
        {
            c.Appeal("结果不合理", Counter, t.AddHours(1), Rules);
            return c;
        }
        throw new ArgumentOutOfRangeException(nameof(status), status, null);
    }

    /// <summary>
    /// A complaint received on the website at <paramref name="receivedAt"/> and registered then, so no clock is met at
    /// intake (at the counter the customer's slip already acknowledges it).
    /// </summary>
    public static Complaint ReceivedOnline(DateTimeOffset receivedAt, ComplaintDesk.Clocks.SlaRules? rules = null) => Complaint.Register(
        "TS20260101000002",
        new Registration(new Customer("王芳", "13900001111", null, null, null), Channel.Website, receivedAt, 7, Priority.Normal,
            "手机银行转账显示失败但账户已扣款", "尽快退回款项"),
        rules ?? Rules, Counter, receivedAt);

    /// <summary>Received online, assigned to <see cref="Handler"/> an hour later and picked up an hour after that.</summary>
    public static Complaint InProgressFrom(DateTimeOffset receivedAt, ComplaintDesk.Clocks.SlaRules? rules = null)
    {
        var c = ReceivedOnline(receivedAt, rules);
        c.Assign(10, AsAssignee(Handler), Supervisor, receivedAt.AddHours(1));
        c.StartHandling(Handler, receivedAt.AddHours(2));
        return c;
    }

    public static ComplaintDeadline Deadline(this Complaint c, ComplaintDesk.Clocks.SlaTarget target, int round = 0) =>
        c.Deadlines.Single(d => d.Target == target && d.Round == round);

    public static Complaint ClosedWithoutResponse(DateTimeOffset at)
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);
        c.CloseWithoutResponse("三次联系未果", Handler, at);
        return c;
    }

    public static readonly Resolution SampleResolution =
        new("退还年费 200 元", "已冲正年费", "优化年费减免提示", Upheld: true, "系统未校验减免条件", 200m);

    public static readonly EscalationReport SampleReport =
        new("客户多次来电", "情绪激动", "当天退款", "已核实扣费记录", Priority.High);
}
