using ComplaintDesk.Complaints.Timeline;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// The details JSON of every kind of entry, byte for byte: it is part of each entry's hash, so timelines already stored in
/// a bank's database verify only while the aggregate keeps writing exactly this text.
/// </summary>
public sealed class TimelineDetailsJsonTests
{
    [Theory]
    [InlineData(TimelineEventType.Registered, 1, """{"number":"TS20261102000001","channel":"Counter","categoryId":7,"priority":"Normal","responseDueAt":"2026-11-17T15:59:59+00:00","slaProfile":"CN-NFRA"}""")]
    [InlineData(TimelineEventType.Assigned, 1, """{"departmentId":10,"handlerId":null,"handlerName":null,"handlerStaffNumber":null}""")]
    [InlineData(TimelineEventType.Assigned, 2, """{"departmentId":10,"handlerId":2,"handlerName":"处理人 李强","handlerStaffNumber":"H001"}""")]
    [InlineData(TimelineEventType.Recategorized, 1, """{"from":{"categoryId":7,"priority":"Normal"},"categoryId":9,"priority":"High","responseDueAt":"2026-11-17T15:59:59+00:00"}""")]
    [InlineData(TimelineEventType.HandlingStarted, 1, """{}""")]
    [InlineData(TimelineEventType.StepRecorded, 1, """{"kind":"CustomerContact","text":"已致电客户 13812345678，说明\"进展\"","dueAt":null}""")]
    [InlineData(TimelineEventType.StepRecorded, 2, """{"kind":"CallbackPromise","text":"明天上午回电 <核实> 13812345678","dueAt":"2026-11-03T07:00:00.123456+00:00"}""")]
    [InlineData(TimelineEventType.ClockPaused, 1, """{"reason":"等待外部鉴定 & 报告，鉴定机构电话 02161234567"}""")]
    [InlineData(TimelineEventType.ClockResumed, 1, """{"pausedFrom":"2026-11-02T08:00:00+00:00","responseDueAt":"2026-11-17T16:59:59+00:00"}""")]
    [InlineData(TimelineEventType.ExtensionRequested, 1, """{"sequence":1,"reason":"需调取第三方支付机构交易流水，卡号 6222021234567890123","proposedDueAt":"2026-12-02T16:59:59+00:00","approverRole":"Supervisor"}""")]
    [InlineData(TimelineEventType.ExtensionDecided, 1, """{"sequence":1,"approved":false,"comment":null,"reason":"需调取第三方支付机构交易流水，卡号 6222021234567890123","responseDueAt":"2026-11-17T16:59:59+00:00"}""")]
    [InlineData(TimelineEventType.ExtensionRequested, 2, """{"sequence":2,"reason":"再次申请延期","proposedDueAt":"2026-12-02T16:59:59+00:00","approverRole":"Supervisor"}""")]
    [InlineData(TimelineEventType.ExtensionDecided, 2, """{"sequence":2,"approved":true,"comment":"同意延期，已告知 13812345678","reason":"再次申请延期","responseDueAt":"2026-12-02T16:59:59+00:00"}""")]
    [InlineData(TimelineEventType.Escalated, 1, """{"problem":"客户 13812345678 多次来电","customerMood":"情绪激动","customerExpectation":"当天退款到 6222021234567890123","actionsTaken":"已核实扣费记录","urgency":"High"}""")]
    [InlineData(TimelineEventType.EscalationDecided, 1, """{"level":1,"decision":"同意加急处理，回电 13812345678"}""")]
    [InlineData(TimelineEventType.CallbackBroken, 1, """{"stepId":0,"dueAt":"2026-11-03T07:00:00.123456+00:00","text":"明天上午回电 <核实> 13812345678"}""")]
    [InlineData(TimelineEventType.Resolved, 1, """{"outcome":"部分退还年费至 6222021234567890123","measuresTaken":"已冲正 100.50 元","improvementPlan":null,"upheld":true,"rootCause":"身份证 110101199003071234 核验未过","redressAmount":100.50,"partlyUpheld":true}""")]
    [InlineData(TimelineEventType.FeedbackGiven, 1, """{"channel":"Phone","summary":"已电话 13812345678 告知处理结果"}""")]
    [InlineData(TimelineEventType.RecontactReminded, 1, """{"reminder":1,"feedbackGivenAt":"2026-11-04T17:00:00+00:00"}""")]
    [InlineData(TimelineEventType.Closed, 1, """{"reason":"NoResponse","comment":"Closed automatically: no answer from the customer after 1 re-contact reminders.","automatic":true,"reminders":1}""")]
    [InlineData(TimelineEventType.Appealed, 1, """{"reason":"一直没人联系我 13812345678","appeal":1}""")]
    [InlineData(TimelineEventType.Withdrawn, 1, """{"reason":"客户撤回，留言电话 13812345678"}""")]
    [InlineData(TimelineEventType.Closed, 2, """{"reason":"NoResponse","comment":"三次拨打 13812345678 未果"}""")]
    [InlineData(TimelineEventType.SurveyAnswered, 1, """{"rating":4,"comment":"很好，请回访 13812345678"}""")]
    [InlineData(TimelineEventType.Confirmed, 1, """{"reason":"Confirmed","customerSatisfied":false,"comment":null}""")]
    [InlineData(TimelineEventType.SurveyAnswered, 2, """{"rating":2,"comment":null}""")]
    [InlineData(TimelineEventType.DeadlineMissed, 1, """{"target":"Acknowledgement","round":0,"dueAt":"2026-11-03T09:00:00+00:00"}""")]
    public void The_details_of_each_kind_of_entry_are_written_exactly_as_stored_timelines_have_them(
        TimelineEventType type, int nth, string json)
    {
        TimelineScenario.Entry(type, nth).Details.ShouldBe(json);
    }

    [Fact]
    public void The_scenario_writes_every_kind_of_entry()
    {
        TimelineScenario.Entries.Select(e => e.Type).Distinct().Order().ShouldBe(Enum.GetValues<TimelineEventType>());
    }

    [Fact]
    public void Each_kind_of_entry_has_its_own_details_record()
    {
        var types = Enum.GetValues<TimelineEventType>().Select(TimelineDetailsJson.DetailsTypeOf).ToList();

        types.Distinct().Count().ShouldBe(types.Count);
        types.ShouldAllBe(t => t.IsSealed && typeof(ITimelineDetails).IsAssignableFrom(t));
    }

    [Fact]
    public void Details_read_back_as_their_record_are_written_again_byte_for_byte()
    {
        foreach (var entry in TimelineScenario.Entries)
        {
            var details = entry.ReadDetails().ShouldNotBeNull();

            TimelineDetailsJson.EventTypeOf(details).ShouldBe(entry.Type);
            TimelineDetailsJson.Write(details).ShouldBe(entry.Details);
        }
    }

    [Fact]
    public void Fields_an_older_entry_lacks_read_as_null()
    {
        TimelineDetailsJson.Read(TimelineEventType.Registered,
                """{"number":"TS20261102000001","channel":"Counter","categoryId":7,"priority":"Normal"}""")
            .ShouldBe(new RegisteredDetails("TS20261102000001", Channel.Counter, 7, Priority.Normal, null, null));
        TimelineDetailsJson.Read(TimelineEventType.StepRecorded, """{"kind":"CustomerContact","text":"已致电"}""")
            .ShouldBe(new StepRecordedDetails(HandlingStepKind.CustomerContact, "已致电", null));
        TimelineDetailsJson.Read(TimelineEventType.Resolved,
                """{"outcome":"退还年费","measuresTaken":"已冲正","improvementPlan":null,"upheld":true,"rootCause":null,"redressAmount":200}""")
            .ShouldBe(new ResolvedDetails("退还年费", "已冲正", null, true, null, 200m, null));
        TimelineDetailsJson.Read(TimelineEventType.Closed, """{"reason":"NoResponse","comment":"三次联系未果"}""")
            .ShouldBe(new ClosedDetails(ClosureReason.NoResponse, "三次联系未果"));
    }

    [Fact]
    public void Masking_an_older_entry_keeps_the_field_it_lacks_null()
    {
        var older = TimelineDetailsJson.Read(TimelineEventType.Confirmed, """{"reason":"Confirmed","customerSatisfied":true}""");

        older.MaskPersonalData().ShouldBe(new ConfirmedDetails(ClosureReason.Confirmed, true, null));
    }

    [Fact]
    public void Details_altered_out_of_their_shape_read_as_nothing()
    {
        TimelineDetailsJson.Read(TimelineEventType.Assigned, """{"departmentId":"十"}""").ShouldBeNull();
        TimelineDetailsJson.Read(TimelineEventType.Assigned, "[]").ShouldBeNull();
    }
}
