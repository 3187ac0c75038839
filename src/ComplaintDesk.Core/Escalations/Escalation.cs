namespace ComplaintDesk.Escalations;

public sealed class Escalation
{
    private Escalation() { }

    internal Escalation(int level, EscalationReport report, Common.Actor raisedBy, DateTimeOffset at)
    {
        Level = level;
        Problem = report.Problem;
        CustomerMood = report.CustomerMood;
        CustomerExpectation = report.CustomerExpectation;
        ActionsTaken = report.ActionsTaken;
        Urgency = report.Urgency;
        RaisedById = raisedBy.StaffId;
        RaisedByName = raisedBy.Name;
        RaisedAt = at;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public int Level { get; private set; }
    public string Problem { get; private set; } = "";
    public string CustomerMood { get; private set; } = "";
    public string CustomerExpectation { get; private set; } = "";
    public string ActionsTaken { get; private set; } = "";
    public Priority Urgency { get; private set; }
    public long RaisedById { get; private set; }
    public string RaisedByName { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public string? Decision { get; private set; }
    public long? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => DecidedAt is null;

    internal void Decide(string decision, Common.Actor by, DateTimeOffset at)
    {
        Decision = decision;
        DecidedById = by.StaffId;
        DecidedByName = by.Name;
        DecidedAt = at;
    }
}
