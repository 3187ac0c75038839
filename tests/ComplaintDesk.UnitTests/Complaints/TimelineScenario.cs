using ComplaintDesk.Escalations;
using ComplaintDesk.FollowUp;
using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>Complaints walked through every kind of timeline entry, with null, nested and fractional-second values.</summary>
internal static class TimelineScenario
{
    private static readonly FollowUpRules Once = new(TimeSpan.FromDays(3), 1);

    public static IReadOnlyList<TimelineEvent> Entries { get; } = [.. Worked(), .. ClosedByHandler(), .. Confirmed(), .. Missed()];

    /// <summary>The nth entry (from 1) of the given type.</summary>
    public static TimelineEvent Entry(TimelineEventType type, int nth) => Entries.Where(e => e.Type == type).ElementAt(nth - 1);

    private static IReadOnlyList<TimelineEvent> Worked()
    {
        var c = Registered();
        var t = Start;
        c.Assign(10, null, Supervisor, t = t.AddHours(1));
        c.Assign(10, AsAssignee(Handler), Supervisor, t = t.AddHours(1));
        c.Recategorize(9, Priority.High, Supervisor, t = t.AddHours(1), Rules);
        c.StartHandling(Handler, t = t.AddHours(1));
        c.RecordStep(HandlingStepKind.CustomerContact, "已致电客户 13812345678，说明\"进展\"", true, Handler, t = t.AddHours(1));
        var promise = c.RecordStep(HandlingStepKind.CallbackPromise, "明天上午回电 <核实> 13812345678", false, Handler, t = t.AddHours(1),
            t.AddDays(1).AddTicks(1_234_567));
        c.Pause("等待外部鉴定 & 报告，鉴定机构电话 02161234567", Handler, t = t.AddHours(1));
        c.Resume(Handler, t = t.AddHours(1), Rules);
        c.RequestExtension("需调取第三方支付机构交易流水，卡号 6222021234567890123", Handler, t = t.AddHours(1), Rules);
        c.DecideExtension(false, null, Supervisor, t = t.AddHours(1), Rules);
        c.RequestExtension("再次申请延期", Handler, t = t.AddHours(1), Rules);
        c.DecideExtension(true, "同意延期，已告知 13812345678", Supervisor, t = t.AddHours(1), Rules);
        c.Escalate(new EscalationReport("客户 13812345678 多次来电", "情绪激动", "当天退款到 6222021234567890123", "已核实扣费记录", Priority.High), Handler, t = t.AddHours(1));
        c.DecideEscalation("同意加急处理，回电 13812345678", Supervisor, t = t.AddHours(1));
        c.MarkCallbackBroken(promise.Id, TimeSpan.FromMinutes(30), DeadlineMonitor.Actor, t = t.AddDays(2));
        c.Resolve(new Resolution("部分退还年费至 6222021234567890123", "已冲正 100.50 元", null, true, "身份证 110101199003071234 核验未过", 100.50m, PartlyUpheld: true), Handler, t = t.AddHours(1));
        c.RecordFeedback(FeedbackChannel.Phone, "已电话 13812345678 告知处理结果", Handler, t = t.AddHours(1));
        c.RemindToRecontact(Once, DeadlineMonitor.Actor, t = t.AddDays(3));
        c.CloseForNoResponse(DeadlineMonitor.Actor, t = t.AddDays(3));
        c.Appeal("一直没人联系我 13812345678", Counter, t = t.AddDays(1), Rules);
        c.Withdraw("客户撤回，留言电话 13812345678", Counter, t.AddHours(1));
        return c.Timeline;
    }

    private static IReadOnlyList<TimelineEvent> ClosedByHandler()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);
        c.CloseWithoutResponse("三次拨打 13812345678 未果", Handler, Start.AddDays(10));
        c.AnswerSurvey(4, " 很好，请回访 13812345678 ", Counter, Start.AddDays(11));
        return c.Timeline.Skip(5).ToList();
    }

    private static IReadOnlyList<TimelineEvent> Confirmed()
    {
        var c = In(ComplaintStatus.AwaitingConfirmation);
        c.Confirm(false, null, Counter, Start.AddDays(10));
        c.AnswerSurvey(2, null, Counter, Start.AddDays(11));
        return c.Timeline.Skip(5).ToList();
    }

    private static IReadOnlyList<TimelineEvent> Missed()
    {
        var c = ReceivedOnline(Start);
        c.MarkMissed(c.Deadline(SlaTarget.FirstContact).Id, DeadlineMonitor.Actor, Start.AddDays(20), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        return c.Timeline.Skip(1).ToList();
    }
}
