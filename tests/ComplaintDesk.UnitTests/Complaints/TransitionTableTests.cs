using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>
/// Every transition tried from every status: the legal ones move to the expected status and append one timeline entry,
/// the rest throw and leave the complaint exactly as it was.
/// </summary>
public class TransitionTableTests
{
    public enum Step { Assign, Start, Note, Resolve, Feedback, Confirm, Appeal, Close, Withdraw, Escalate }

    private static readonly Dictionary<Step, Action<Complaint, DateTimeOffset>> Steps = new()
    {
        [Step.Assign] = (c, t) => c.Assign(11, AsAssignee(OtherHandler), Supervisor, t),
        [Step.Start] = (c, t) => c.StartHandling(Supervisor, t),
        [Step.Note] = (c, t) => c.RecordStep(HandlingStepKind.InvestigationFinding, "调取扣费流水", true, Handler, t),
        [Step.Resolve] = (c, t) => c.Resolve(SampleResolution, Supervisor, t),
        [Step.Feedback] = (c, t) => c.RecordFeedback(FeedbackChannel.Sms, "短信告知", Supervisor, t),
        [Step.Confirm] = (c, t) => c.Confirm(false, null, Counter, t),
        [Step.Appeal] = (c, t) => c.Appeal("不认可", Counter, t, ComplaintBuilder.Rules),
        [Step.Close] = (c, t) => c.CloseWithoutResponse(null, Supervisor, t),
        [Step.Withdraw] = (c, t) => c.Withdraw("已自行解决", Counter, t),
        [Step.Escalate] = (c, t) => c.Escalate(SampleReport, Handler, t),
    };

    // Where each legal step leads from each status; a step missing from a row is illegal from that status.
    private static readonly Dictionary<ComplaintStatus, Dictionary<Step, ComplaintStatus>> Legal = new()
    {
        [ComplaintStatus.Registered] = new()
        {
            [Step.Assign] = ComplaintStatus.Assigned, [Step.Note] = ComplaintStatus.Registered,
            [Step.Withdraw] = ComplaintStatus.Withdrawn, [Step.Escalate] = ComplaintStatus.Registered,
        },
        [ComplaintStatus.Assigned] = new()
        {
            [Step.Assign] = ComplaintStatus.Assigned, [Step.Start] = ComplaintStatus.InProgress, [Step.Note] = ComplaintStatus.Assigned,
            [Step.Withdraw] = ComplaintStatus.Withdrawn, [Step.Escalate] = ComplaintStatus.Assigned,
        },
        [ComplaintStatus.InProgress] = new()
        {
            [Step.Assign] = ComplaintStatus.Assigned, [Step.Note] = ComplaintStatus.InProgress, [Step.Resolve] = ComplaintStatus.Resolved,
            [Step.Withdraw] = ComplaintStatus.Withdrawn, [Step.Escalate] = ComplaintStatus.InProgress,
        },
        [ComplaintStatus.Resolved] = new()
        {
            [Step.Assign] = ComplaintStatus.Resolved, [Step.Note] = ComplaintStatus.Resolved,
            [Step.Feedback] = ComplaintStatus.AwaitingConfirmation,
            [Step.Withdraw] = ComplaintStatus.Withdrawn, [Step.Escalate] = ComplaintStatus.Resolved,
        },
        [ComplaintStatus.AwaitingConfirmation] = new()
        {
            [Step.Assign] = ComplaintStatus.AwaitingConfirmation, [Step.Note] = ComplaintStatus.AwaitingConfirmation,
            [Step.Confirm] = ComplaintStatus.Closed, [Step.Appeal] = ComplaintStatus.Reopened, [Step.Close] = ComplaintStatus.Closed,
            [Step.Withdraw] = ComplaintStatus.Withdrawn, [Step.Escalate] = ComplaintStatus.AwaitingConfirmation,
        },
        [ComplaintStatus.Reopened] = new()
        {
            [Step.Assign] = ComplaintStatus.Assigned, [Step.Note] = ComplaintStatus.Reopened,
            [Step.Withdraw] = ComplaintStatus.Withdrawn, [Step.Escalate] = ComplaintStatus.Reopened,
        },
        [ComplaintStatus.Closed] = new(),
        [ComplaintStatus.Withdrawn] = new(),
    };

    public static TheoryData<ComplaintStatus, Step> AllPairs()
    {
        var data = new TheoryData<ComplaintStatus, Step>();
        foreach (var status in Enum.GetValues<ComplaintStatus>())
            foreach (var step in Enum.GetValues<Step>())
                data.Add(status, step);
        return data;
    }

    [Fact]
    public void Table_covers_every_status()
    {
        Legal.Keys.Order().ShouldBe(Enum.GetValues<ComplaintStatus>().Order());
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Step_from_status_is_applied_or_refused(ComplaintStatus from, Step step)
    {
        var complaint = In(from);
        complaint.Status.ShouldBe(from);
        var entriesBefore = complaint.Timeline.Count;
        var headBefore = complaint.TimelineHead;
        var at = Start.AddDays(1);

        if (Legal[from].TryGetValue(step, out var to))
        {
            Steps[step](complaint, at);
            complaint.Status.ShouldBe(to);
            complaint.Timeline.Count.ShouldBe(entriesBefore + 1);
            var entry = complaint.Timeline[^1];
            entry.FromStatus.ShouldBe(from);
            entry.ToStatus.ShouldBe(to);
            entry.OccurredAt.ShouldBe(Clock.Normalize(at));
            entry.PreviousHash.ShouldBe(headBefore);
            complaint.TimelineHead.ShouldBe(entry.Hash);
            TimelineVerifier.FirstBrokenEntry(complaint.Timeline).ShouldBeNull();
        }
        else
        {
            var error = Should.Throw<IllegalTransitionException>(() => Steps[step](complaint, at));
            error.CurrentStatus.ShouldBe(from.ToString());
            complaint.Status.ShouldBe(from);
            complaint.Timeline.Count.ShouldBe(entriesBefore);
            complaint.TimelineHead.ShouldBe(headBefore);
        }
    }
}
