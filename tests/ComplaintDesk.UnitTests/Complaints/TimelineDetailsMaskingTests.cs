using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// What a Manager or Admin reads in the details of each kind of entry: the free text with phone, ID and card numbers
/// masked, every other field as stored. The expected texts are those the API gave before the details were typed, when
/// every string value of the stored JSON was masked.
/// </summary>
public sealed class TimelineDetailsMaskingTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData(TimelineEventType.Registered, 1, """{"number":"TS20261102000001","channel":"Counter","categoryId":7,"priority":"Normal","responseDueAt":"2026-11-17T15:59:59+00:00","slaProfile":"CN-NFRA"}""")]
    [InlineData(TimelineEventType.Assigned, 1, """{"departmentId":10,"handlerId":null,"handlerName":null,"handlerStaffNumber":null}""")]
    [InlineData(TimelineEventType.Assigned, 2, """{"departmentId":10,"handlerId":2,"handlerName":"处理人 李强","handlerStaffNumber":"H001"}""")]
    [InlineData(TimelineEventType.Recategorized, 1, """{"from":{"categoryId":7,"priority":"Normal"},"categoryId":9,"priority":"High","responseDueAt":"2026-11-17T15:59:59+00:00"}""")]
    [InlineData(TimelineEventType.HandlingStarted, 1, """{}""")]
    [InlineData(TimelineEventType.StepRecorded, 1, """{"kind":"CustomerContact","text":"已致电客户 138****5678，说明\"进展\"","dueAt":null}""")]
    [InlineData(TimelineEventType.StepRecorded, 2, """{"kind":"CallbackPromise","text":"明天上午回电 <核实> 138****5678","dueAt":"2026-11-03T07:00:00.123456+00:00"}""")]
    [InlineData(TimelineEventType.ClockPaused, 1, """{"reason":"等待外部鉴定 & 报告，鉴定机构电话 021****4567"}""")]
    [InlineData(TimelineEventType.ClockResumed, 1, """{"pausedFrom":"2026-11-02T08:00:00+00:00","responseDueAt":"2026-11-17T16:59:59+00:00"}""")]
    [InlineData(TimelineEventType.ExtensionRequested, 1, """{"sequence":1,"reason":"需调取第三方支付机构交易流水，卡号 622************0123","proposedDueAt":"2026-12-02T16:59:59+00:00","approverRole":"Supervisor"}""")]
    [InlineData(TimelineEventType.ExtensionDecided, 1, """{"sequence":1,"approved":false,"comment":null,"reason":"需调取第三方支付机构交易流水，卡号 622************0123","responseDueAt":"2026-11-17T16:59:59+00:00"}""")]
    [InlineData(TimelineEventType.ExtensionRequested, 2, """{"sequence":2,"reason":"再次申请延期","proposedDueAt":"2026-12-02T16:59:59+00:00","approverRole":"Supervisor"}""")]
    [InlineData(TimelineEventType.ExtensionDecided, 2, """{"sequence":2,"approved":true,"comment":"同意延期，已告知 138****5678","reason":"再次申请延期","responseDueAt":"2026-12-02T16:59:59+00:00"}""")]
    [InlineData(TimelineEventType.Escalated, 1, """{"problem":"客户 138****5678 多次来电","customerMood":"情绪激动","customerExpectation":"当天退款到 622************0123","actionsTaken":"已核实扣费记录","urgency":"High"}""")]
    [InlineData(TimelineEventType.EscalationDecided, 1, """{"level":1,"decision":"同意加急处理，回电 138****5678"}""")]
    [InlineData(TimelineEventType.CallbackBroken, 1, """{"stepId":0,"dueAt":"2026-11-03T07:00:00.123456+00:00","text":"明天上午回电 <核实> 138****5678"}""")]
    [InlineData(TimelineEventType.Resolved, 1, """{"outcome":"部分退还年费至 622************0123","measuresTaken":"已冲正 100.50 元","improvementPlan":null,"upheld":true,"rootCause":"身份证 110***********1234 核验未过","redressAmount":100.50,"partlyUpheld":true}""")]
    [InlineData(TimelineEventType.FeedbackGiven, 1, """{"channel":"Phone","summary":"已电话 138****5678 告知处理结果"}""")]
    [InlineData(TimelineEventType.RecontactReminded, 1, """{"reminder":1,"feedbackGivenAt":"2026-11-04T17:00:00+00:00"}""")]
    [InlineData(TimelineEventType.Closed, 1, """{"reason":"NoResponse","comment":"Closed automatically: no answer from the customer after 1 re-contact reminders.","automatic":true,"reminders":1}""")]
    [InlineData(TimelineEventType.Appealed, 1, """{"reason":"一直没人联系我 138****5678","appeal":1}""")]
    [InlineData(TimelineEventType.Withdrawn, 1, """{"reason":"客户撤回，留言电话 138****5678"}""")]
    [InlineData(TimelineEventType.Closed, 2, """{"reason":"NoResponse","comment":"三次拨打 138****5678 未果"}""")]
    [InlineData(TimelineEventType.SurveyAnswered, 1, """{"rating":4,"comment":"很好，请回访 138****5678"}""")]
    [InlineData(TimelineEventType.Confirmed, 1, """{"reason":"Confirmed","customerSatisfied":false,"comment":null}""")]
    [InlineData(TimelineEventType.SurveyAnswered, 2, """{"rating":2,"comment":null}""")]
    [InlineData(TimelineEventType.DeadlineMissed, 1, """{"target":"Acknowledgement","round":0,"dueAt":"2026-11-03T09:00:00+00:00"}""")]
    public void Managers_read_the_free_text_of_each_kind_of_entry_masked_and_the_rest_as_stored(
        TimelineEventType type, int nth, string json)
    {
        var masked = ComplaintQueries.Details(TimelineScenario.Entry(type, nth), mask: true);

        JsonSerializer.Serialize(masked, Readable).ShouldBe(json);
    }

    [Fact]
    public void Staff_who_contact_customers_read_the_details_as_stored()
    {
        foreach (var entry in TimelineScenario.Entries)
            JsonSerializer.Serialize(ComplaintQueries.Details(entry, mask: false), Readable).ShouldBe(entry.Details);
    }

    [Fact]
    public void An_entry_written_before_a_field_existed_is_masked_without_gaining_the_field()
    {
        var older = new TimelineEvent(1, TimelineEventType.StepRecorded, ComplaintBuilder.Start, Actor.Customer, null, null,
            """{"kind":"CustomerContact","text":"已回拨 13812345678"}""", true, "");

        JsonSerializer.Serialize(ComplaintQueries.Details(older, mask: true), Readable)
            .ShouldBe("""{"kind":"CustomerContact","text":"已回拨 138****5678"}""");
    }

    [Fact]
    public void Details_altered_out_of_their_shape_are_masked_to_nothing()
    {
        var altered = new TimelineEvent(2, TimelineEventType.Assigned, ComplaintBuilder.Start, ComplaintBuilder.Supervisor, null, null,
            """{"departmentId":"13812345678"}""", false, "");

        JsonSerializer.Serialize(ComplaintQueries.Details(altered, mask: true), Readable).ShouldBe("{}");
    }
}
