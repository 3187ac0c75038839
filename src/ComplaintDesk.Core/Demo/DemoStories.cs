using ComplaintDesk.Clocks;
using ComplaintDesk.Escalations;
using ComplaintDesk.Intake;
using ComplaintDesk.Staff;

namespace ComplaintDesk.Demo;

/// <summary>
/// Complaints in every status, each taken through the transitions a real case would go through, and a few open ones
/// whose clocks are paused, extended (asked for and approved) or overdue.
/// </summary>
internal sealed class DemoStories(IReadOnlyDictionary<string, StaffMember> staff, IReadOnlyList<long> departments, IReadOnlyList<long> categories,
    Clocks.SlaRules rules)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"];
    private static readonly (string Description, string Desired)[] Texts =
    [
        ("办理按揭时申请的信用卡两个月仍未收到,也没有任何解释,担心卡片在邮寄途中丢失。", "尽快查明卡片去向并重新寄送"),
        ("信用卡中心电话两次推诿,让我自行联系其他部门,问题至今没有人负责。", "指定专人跟进并回电说明"),
        ("账户被扣取年费,但办卡时工作人员承诺首年免年费。", "退还年费"),
        ("网点柜员态度冷淡,办理业务等待超过一小时。", "改进服务并致歉"),
        ("手机银行转账失败但资金已扣除,三天未退回。", "尽快退回资金"),
        ("贷款提前还款违约金计算与合同约定不符。", "按合同重新计算并退还差额"),
        ("客服承诺回电,一周过去仍未接到任何电话。", "给出明确答复"),
        ("短信通知频繁推送营销信息,退订无效。", "停止推送营销短信"),
    ];

    private readonly Random _random = new(20261122);

    public Actor Counter => staff["counter1"].ToActor();
    private Actor Supervisor => staff["supervisor1"].ToActor();

    public IEnumerable<(Registration Registration, Action<Complaint, DateTimeOffset> Steps, int DaysAgo)> All(DateTimeOffset now)
    {
        var plots = new Action<Complaint, DateTimeOffset>[]
        {
            (_, _) => { },
            (c, t) => Assign(c, t),
            (c, t) => Start(c, t),
            (c, t) => Resolve(c, t),
            (c, t) => Feedback(c, t),
            (c, t) => { Feedback(c, t); c.Confirm(true, "满意,谢谢", Counter, t.AddDays(5)); },
            (c, t) => { Feedback(c, t); c.Appeal("处理结果不能接受,要求重新核查", Counter, t.AddDays(5), rules); },
            (c, t) => { Assign(c, t); c.Withdraw("客户表示问题已自行解决,撤回投诉", Counter, t.AddDays(1)); },
            (c, t) => { Start(c, t); c.Escalate(new EscalationReport("多次承诺回电未兑现", "非常不满,情绪激动", "当天得到明确答复", "已致电两次未果", Priority.High),
                Handler(c), t.AddDays(2)); },
            (c, t) => { Feedback(c, t); c.CloseWithoutResponse("三次致电未接通,已发送短信", Handler(c), t.AddDays(12)); },
        };
        // Open cases spread over the last three weeks (some overdue, some due soon, most on time); finished ones older,
        // so that every step they went through lies in the past.
        for (var i = 0; i < 40; i++)
        {
            var plot = i % plots.Length;
            yield return (NewRegistration(i), plots[plot], plot <= 4 ? 3 + i * 7 % 18 : 13 + i * 23 % 45);
        }
        foreach (var story in ClockStories()) yield return story;
    }

    /// <summary>Open cases whose clocks show what the SLA pages and the deadline monitor deal with.</summary>
    private IEnumerable<(Registration, Action<Complaint, DateTimeOffset>, int)> ClockStories()
    {
        yield return (NewRegistration(40) with
        {
            Description = "信用卡被他人冒名申领并透支,客户否认申请表上的签名系本人所签。",
            DesiredOutcome = "核实签名真伪,停止催收并消除不良征信记录",
        }, (c, t) =>
        {
            Start(c, t);
            // The Chinese rules leave time spent on appraisal out of the deadline; the customer is told.
            c.Pause("已委托司法鉴定机构进行笔迹鉴定,鉴定期间不计入处理时限", Handler(c), t.AddDays(2));
        }, 6);
        yield return (NewRegistration(41) with
        {
            Description = "通过第三方支付平台还款,银行未及时入账,产生逾期利息并影响征信。",
            DesiredOutcome = "减免逾期利息并申请更正征信记录",
        }, (c, t) =>
        {
            Start(c, t);
            c.RecordStep(HandlingStepKind.InvestigationFinding, "已向支付机构发函调取还款流水,尚未回复。", false, Handler(c), t.AddDays(5));
            c.RequestExtension("需第三方支付机构提供交易流水方可核实,15日内无法办结", Handler(c), t.AddDays(11), rules);
        }, 12);
        yield return (NewRegistration(42) with
        {
            Description = "贷款合同约定的利率调整方式与实际执行不一致,近一年多付利息约三千元。",
            DesiredOutcome = "按合同重新计算利息并退还多收部分",
        }, (c, t) =>
        {
            Start(c, t);
            c.RequestExtension("需总行法律合规部对合同条款出具意见,情况复杂", Handler(c), t.AddDays(10), rules);
            c.DecideExtension(true, "同意延长至30日,请在延长期内办结并告知客户延期理由", Supervisor, t.AddDays(10).AddHours(3), rules);
        }, 20);
        yield return (NewRegistration(43) with
        {
            Description = "网点承诺三个工作日内回电说明挂失补卡进度,至今无人联系。",
            DesiredOutcome = "尽快补发新卡并说明延误原因",
        }, (c, t) =>
        {
            Start(c, t);
            c.RecordStep(HandlingStepKind.InvestigationFinding, "制卡中心称补卡申请未收到,需网点重新提交。", false, Handler(c), t.AddDays(3));
        }, 24);
    }

    private Registration NewRegistration(int i)
    {
        var (description, desired) = Texts[i % Texts.Length];
        var name = Surnames[_random.Next(Surnames.Length)] + GivenNames[_random.Next(GivenNames.Length)];
        var phone = "13" + _random.Next(100_000_000, 999_999_999);
        var channel = (Channel)(i % Enum.GetValues<Channel>().Length);
        return new Registration(new Customer(name, phone, null, null, null), channel, default,
            categories[i % categories.Count], (Priority)(i % 4), description, desired);
    }

    private Actor Handler(Complaint c) => staff.Values.First(s => s.Id == c.AssigneeId).ToActor();

    private void Assign(Complaint c, DateTimeOffset t)
    {
        // Each complaint is registered on its own day, so the day decides and both handlers get a share.
        var handler = staff[c.ReceivedAt.DayOfYear % 2 == 0 ? "handler1" : "handler2"];
        c.Assign(departments[0], new Assignee(handler.Id, handler.DisplayName, handler.StaffNumber), Supervisor, t.AddHours(2));
    }

    private void Start(Complaint c, DateTimeOffset t)
    {
        Assign(c, t);
        c.StartHandling(Handler(c), t.AddHours(3));
        c.RecordStep(HandlingStepKind.CustomerContact, "已致电客户了解详细情况,客户情绪平稳。", true, Handler(c), t.AddHours(4));
    }

    private void Resolve(Complaint c, DateTimeOffset t)
    {
        Start(c, t);
        c.RecordStep(HandlingStepKind.InvestigationFinding, "经核查,系统记录与客户描述一致。", false, Handler(c), t.AddDays(1));
        c.Resolve(new Resolution("投诉属实,已为客户办理补救", "重新寄送并免除相关费用", "优化寄送跟踪流程", true, "流程缺陷", 100m),
            Handler(c), t.AddDays(2));
    }

    private void Feedback(Complaint c, DateTimeOffset t)
    {
        Resolve(c, t);
        c.RecordFeedback(FeedbackChannel.Phone, "已电话告知客户处理结果及改进措施。", Handler(c), t.AddDays(2).AddHours(2));
    }
}
