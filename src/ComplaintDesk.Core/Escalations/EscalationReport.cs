namespace ComplaintDesk.Escalations;

/// <summary>The standard report a handler gives a supervisor when escalating (seed 003).</summary>
public sealed record EscalationReport(
    string Problem,
    string CustomerMood,
    string CustomerExpectation,
    string ActionsTaken,
    Priority Urgency);
