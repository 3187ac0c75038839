using ComplaintDesk.Clocks;
using ComplaintDesk.Complaints.Timeline;
using ComplaintDesk.Escalations;
using ComplaintDesk.Intake;

namespace ComplaintDesk.Complaints;

/// <summary>
/// The complaint aggregate. State changes only through the transition methods in Complaint.Lifecycle.cs; each one
/// guards the current status, throws <see cref="IllegalTransitionException"/> when the step is not allowed, and appends
/// to the timeline so the change and its record are saved in one transaction.
/// </summary>
public sealed partial class Complaint
{
    private readonly List<HandlingStep> _steps = [];
    private readonly List<Appeal> _appeals = [];
    private readonly List<Escalation> _escalations = [];
    private readonly List<TimelineEvent> _timeline = [];

    private Complaint() { }

    public long Id { get; private set; }
    public string Number { get; private set; } = "";
    public ComplaintStatus Status { get; private set; }
    public Customer Customer { get; private set; } = null!;
    public Channel Channel { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    /// <summary>When the customer must have the decision; queues sort by it.</summary>
    public DateTimeOffset ResponseDueAt { get; private set; }
    public long RegisteredById { get; private set; }
    public long CategoryId { get; private set; }
    public Priority Priority { get; private set; }
    public string Description { get; private set; } = "";
    public string? DesiredOutcome { get; private set; }

    public long? DepartmentId { get; private set; }
    public long? AssigneeId { get; private set; }
    public string? AssigneeName { get; private set; }
    public string? AssigneeStaffNumber { get; private set; }
    public long? AssignedById { get; private set; }
    public string? AssignedByName { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }

    public Resolution? Resolution { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public Feedback? Feedback { get; private set; }
    public Closure? Closure { get; private set; }
    public SatisfactionSurvey? Survey { get; private set; }

    public int AppealCount { get; private set; }
    public int EscalationLevel { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>PostgreSQL's xmin: changes with every saved update, used for optimistic concurrency.</summary>
    public uint Version { get; private set; }
    public int TimelineLength { get; private set; }
    public string TimelineHead { get; private set; } = "";

    public IReadOnlyList<HandlingStep> Steps => _steps;
    public IReadOnlyList<Appeal> Appeals => _appeals;
    public IReadOnlyList<Escalation> Escalations => _escalations;
    public IReadOnlyList<TimelineEvent> Timeline => _timeline;

    public bool IsOpen => ComplaintRules.IsOpen(Status);

    public static Complaint Register(string number, Registration registration, Clocks.SlaRules rules, Actor by, DateTimeOffset now)
    {
        now = Clock.Normalize(now);
        if (registration.ReceivedAt > now)
            throw new RuleViolationException("receivedAt", "A complaint cannot be received in the future.");

        var complaint = new Complaint
        {
            Number = number,
            Status = ComplaintStatus.Registered,
            Customer = registration.Customer,
            Channel = registration.Channel,
            ReceivedAt = Clock.Normalize(registration.ReceivedAt),
            RegisteredAt = now,
            RegisteredById = by.StaffId,
            CategoryId = registration.CategoryId,
            Priority = registration.Priority,
            Description = registration.Description,
            DesiredOutcome = registration.DesiredOutcome,
        };
        complaint.StartClocks(rules, now);
        complaint.Record(by, now, null, ComplaintStatus.Registered,
            new RegisteredDetails(number, registration.Channel, registration.CategoryId, registration.Priority, complaint.ResponseDueAt, rules.Profile.Code),
            customerVisible: true);
        complaint.Notify(NoticeTemplates.Acknowledgement, NoticeAudience.Customer,
            ("channel", registration.Channel.ToString()), ("receivedAt", Iso(complaint.ReceivedAt)));
        return complaint;
    }
}
