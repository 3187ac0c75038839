using ComplaintDesk.Handling;
using ComplaintDesk.Staff;
using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// The case page offers, and the API refuses, what <see cref="Complaint.Refusal"/> answers; the transitions guard with
/// the same answer. Every action, tried by every kind of person on a complaint in every situation, succeeds exactly
/// when the answer allows it, and fails with the very error the answer named.
/// </summary>
public class CaseActionRefusalTests
{
    private const long Department = 10;

    private static readonly Dictionary<CaseAction, Action<Complaint, Actor, long?, DateTimeOffset>> Perform = new()
    {
        [CaseAction.Assign] = (c, by, _, t) => c.Assign(Department, AsAssignee(OtherHandler), by, t),
        [CaseAction.Take] = (c, by, department, t) => c.Take(by, department, t),
        [CaseAction.Start] = (c, by, _, t) => c.StartHandling(by, t),
        [CaseAction.RecordStep] = (c, by, _, t) => c.RecordStep(HandlingStepKind.InvestigationFinding, "调取流水", false, by, t),
        [CaseAction.Resolve] = (c, by, _, t) => c.Resolve(SampleResolution, by, t),
        [CaseAction.GiveFeedback] = (c, by, _, t) => c.RecordFeedback(FeedbackChannel.Sms, "短信告知", by, t),
        [CaseAction.Confirm] = (c, by, _, t) => c.Confirm(true, null, by, t),
        [CaseAction.Appeal] = (c, by, _, t) => c.Appeal("不认可", by, t, ComplaintBuilder.Rules),
        [CaseAction.AnswerSurvey] = (c, by, _, t) => c.AnswerSurvey(4, null, by, t),
        [CaseAction.Close] = (c, by, _, t) => c.CloseWithoutResponse("三次未接通", by, t),
        [CaseAction.Withdraw] = (c, by, _, t) => c.Withdraw("已自行解决", by, t),
        [CaseAction.Escalate] = (c, by, _, t) => c.Escalate(SampleReport, by, t),
        [CaseAction.DecideEscalation] = (c, by, _, t) => c.DecideEscalation("同意退费", by, t),
        [CaseAction.Pause] = (c, by, _, t) => c.Pause("等待外部鉴定", by, t),
        [CaseAction.Resume] = (c, by, _, t) => c.Resume(by, t, Rules),
        [CaseAction.RequestExtension] = (c, by, _, t) => c.RequestExtension("需调取第三方支付记录", by, t, Rules),
        [CaseAction.DecideExtension] = (c, by, _, t) => c.DecideExtension(true, "同意", by, t, Rules),
    };

    private static readonly (string Name, Actor Actor, long? Department)[] People =
    [
        ("owner", Handler, Department),
        ("handler of the same department", OtherHandler, Department),
        ("handler of another department", OtherHandler, 11),
        ("supervisor", Supervisor, null),
        ("manager", Manager, null),
        ("counter", Counter, Department),
        ("customer", Actor.Customer, null),
    ];

    private static IEnumerable<(string Name, Func<Complaint> Build, DateTimeOffset Now)> Situations()
    {
        var day = Start.AddDays(1);
        foreach (var status in Enum.GetValues<ComplaintStatus>())
            yield return (status.ToString(), () => In(status), day);
        yield return ("in the department queue without a handler", () =>
        {
            var c = Registered();
            c.Assign(Department, null, Supervisor, Start.AddHours(1));
            return c;
        }, day);
        yield return ("with a pending escalation", () =>
        {
            var c = In(ComplaintStatus.InProgress);
            c.Escalate(SampleReport, Handler, Start.AddHours(5));
            return c;
        }, day);
        yield return ("with the clocks paused", () =>
        {
            var c = In(ComplaintStatus.InProgress);
            c.Pause("等待司法鉴定", Handler, Start.AddHours(5));
            return c;
        }, day);
        yield return ("with an extension waiting for a decision", () =>
        {
            var c = In(ComplaintStatus.InProgress);
            c.RequestExtension("案情复杂", Handler, Start.AddHours(5), Rules);
            return c;
        }, day);
        yield return ("with a second extension waiting for a manager", () =>
        {
            var c = In(ComplaintStatus.InProgress);
            c.RequestExtension("案情复杂", Handler, Start.AddHours(5), Rules);
            c.DecideExtension(true, null, Supervisor, Start.AddHours(6), Rules);
            c.RequestExtension("仍需第三方配合", Handler, Start.AddHours(7), Rules);
            return c;
        }, day);
        yield return ("with both extensions used", () =>
        {
            var c = In(ComplaintStatus.InProgress);
            c.RequestExtension("案情复杂", Handler, Start.AddHours(5), Rules);
            c.DecideExtension(true, null, Supervisor, Start.AddHours(6), Rules);
            c.RequestExtension("仍需第三方配合", Handler, Start.AddHours(7), Rules);
            c.DecideExtension(true, null, Manager, Start.AddHours(8), Rules);
            return c;
        }, day);
        var closedAt = Start.AddHours(10);
        yield return ("closed without response, inside the appeal window", () => ClosedWithoutResponse(closedAt), closedAt.AddDays(2));
        yield return ("closed without response, after the appeal window", () => ClosedWithoutResponse(closedAt), closedAt.AddDays(31));
    }

    [Fact]
    public void Every_action_is_tried()
    {
        Perform.Keys.ShouldBe(Enum.GetValues<CaseAction>(), ignoreOrder: true);
    }

    [Fact]
    public void The_transitions_accept_exactly_what_the_answer_allows()
    {
        var disagreements = new List<string>();
        foreach (var (situation, build, now) in Situations())
        foreach (var (who, actor, department) in People)
        foreach (var (action, perform) in Perform)
        {
            var refusal = build().Refusal(action, actor, now, department);
            // Roles are enforced at the edge (the route's or form's policy), so the transition itself does not check them.
            if (CaseSteps.PolicyOf(action) is { } policy && !Policies.Allows(policy, actor.IsInRole))
            {
                if (refusal is not ForbiddenActionException)
                    disagreements.Add($"{action} by {who} on a complaint {situation}: role not refused");
                continue;
            }
            var error = Attempt(() => perform(build(), actor, department, now));
            if (error?.GetType() != refusal?.GetType() || error?.Message != refusal?.Message)
                disagreements.Add($"{action} by {who} on a complaint {situation}: answered '{refusal?.Message}', performing gave '{error?.Message}'");
        }
        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void A_handler_takes_an_unowned_complaint_of_their_department_and_owns_it()
    {
        var c = Registered();
        c.Assign(Department, null, Supervisor, Start.AddHours(1));

        c.Take(OtherHandler, Department, Start.AddHours(2));

        c.AssigneeId.ShouldBe(OtherHandler.StaffId);
        c.AssigneeStaffNumber.ShouldBe(OtherHandler.StaffNumber);
        c.Status.ShouldBe(ComplaintStatus.Assigned);
        c.Timeline[^1].Type.ShouldBe(TimelineEventType.Assigned);
        c.Timeline[^1].ActorId.ShouldBe(OtherHandler.StaffId);
    }

    private static DomainException? Attempt(Action perform)
    {
        try
        {
            perform();
            return null;
        }
        catch (DomainException e)
        {
            return e;
        }
    }
}
