using ComplaintDesk.Complaints;
using ComplaintDesk.Sla;

namespace ComplaintDesk.Reporting;

/// <summary>
/// The SQL behind every figure: one predicate over a complaint row of <see cref="ReportScope"/>. The dashboard counts
/// rows with <c>count(*) FILTER (WHERE predicate)</c> and the drill-down lists rows <c>WHERE predicate</c>, so a list
/// always holds exactly the complaints its figure counted.
/// </summary>
internal static class FigureSql
{
    private const string Closed = nameof(ComplaintStatus.Closed), Withdrawn = nameof(ComplaintStatus.Withdrawn);
    private const string Answered = nameof(ComplaintStatus.AwaitingConfirmation);

    public const string Received = "TRUE";
    public const string Open = $"c.status NOT IN ('{Closed}', '{Withdrawn}')";
    public const string IsClosed = $"c.status = '{Closed}'";
    public const string IsWithdrawn = $"c.status = '{Withdrawn}'";
    /// <summary>Same rule as the manager overview: the decision is late and the customer has not had it yet.</summary>
    public const string Overdue = $"c.status NOT IN ('{Closed}', '{Withdrawn}', '{Answered}') AND c.response_due_at < @now";
    /// <summary>
    /// Uses the joined deadline rows, not a subquery over all deadlines: a correlated EXISTS lets the planner hash the
    /// whole complaint_deadlines table, hundreds of milliseconds on a million complaints.
    /// </summary>
    /// <summary>
    /// A running deadline in its risk zone, read from the joined rows: a correlated EXISTS over all deadlines let the
    /// planner hash the whole complaint_deadlines table, hundreds of milliseconds on a large database.
    /// </summary>
    public static readonly string AtRisk =
        $"c.status NOT IN ('{Closed}', '{Withdrawn}', '{Answered}') AND c.response_due_at >= @now AND ("
        + string.Join(" OR ", new[] { "ack", "fc", "res", "rev" }.Select(d => $"({d}.completed_at IS NULL AND {d}.outcome IS NULL AND {d}.at_risk_from <= @now)"))
        + ")";
    public const string Decided = "c.resolution_upheld IS NOT NULL";
    public const string Upheld = "c.resolution_upheld";
    public const string Redress = "c.resolution_redress_amount > 0";
    public const string Appealed = "c.appeal_count > 0";
    public const string Surveyed = "s.rating IS NOT NULL";
    /// <summary>The first contact was made (before or after its deadline); a withdrawn complaint's cancelled clock is not.</summary>
    public const string FirstContactMade = $"fc.completed_at IS NOT NULL AND fc.outcome IN ('{nameof(DeadlineOutcome.Met)}', '{nameof(DeadlineOutcome.Missed)}')";
    public const string DecisionGiven = $"res.completed_at IS NOT NULL AND res.outcome IN ('{nameof(DeadlineOutcome.Met)}', '{nameof(DeadlineOutcome.Missed)}')";
    public const string HoursToFirstContact = "extract(epoch FROM fc.completed_at - c.received_at) / 3600.0";
    public const string HoursToDecision = "extract(epoch FROM res.completed_at - c.received_at) / 3600.0";

    public static string Status(ComplaintStatus status) => $"c.status = '{status}'";

    public static string Rating(int rating) => $"s.rating = {rating}";

    /// <summary>Alias of the first-round deadline row joined for each target.</summary>
    public static string Alias(SlaTarget target) => target switch
    {
        SlaTarget.Acknowledgement => "ack",
        SlaTarget.FirstContact => "fc",
        SlaTarget.Resolution => "res",
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    public static string SlaMet(SlaTarget target) => $"{Alias(target)}.outcome = '{nameof(DeadlineOutcome.Met)}'";

    /// <summary>Flagged by the monitor, or past due while running and not paused (the monitor may not have looked yet).</summary>
    public static string SlaMissed(SlaTarget target)
    {
        var d = Alias(target);
        return $"({d}.outcome = '{nameof(DeadlineOutcome.Missed)}' OR ({d}.completed_at IS NULL AND {d}.outcome IS NULL AND {d}.due_at < @now AND c.paused_since IS NULL))";
    }
}
