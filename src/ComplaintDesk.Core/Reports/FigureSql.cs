using ComplaintDesk.Clocks;

namespace ComplaintDesk.Reports;

/// <summary>
/// The SQL behind every figure: one predicate over a complaint row of <see cref="ReportScope"/>. The dashboard counts
/// rows with <c>count(*) FILTER (WHERE predicate)</c> and the drill-down lists rows <c>WHERE predicate</c>, so a list
/// always holds exactly the complaints its figure counted.
/// </summary>
internal static class FigureSql
{
    private const string Closed = nameof(ComplaintStatus.Closed), Withdrawn = nameof(ComplaintStatus.Withdrawn);

    public const string Received = "TRUE";
    public const string Open = ComplaintRules.OpenSql;
    public const string IsClosed = $"c.status = '{Closed}'";
    public const string IsWithdrawn = $"c.status = '{Withdrawn}'";
    public const string Overdue = ComplaintRules.OverdueSql;
    public const string AtRisk = ComplaintRules.AtRiskSql;
    public const string Decided = "c.resolution_upheld IS NOT NULL";
    public const string Upheld = "c.resolution_upheld";
    public const string Redress = "c.resolution_redress_amount > 0";
    public const string Appealed = "c.appeal_count > 0";
    public const string Surveyed = "c.survey_rating IS NOT NULL";
    /// <summary>The first contact was made (before or after its deadline); a withdrawn complaint's cancelled clock is not.</summary>
    public static readonly string FirstContactMade = Reached(SlaTarget.FirstContact);
    public static readonly string DecisionGiven = Reached(SlaTarget.Resolution);
    public static readonly string HoursToFirstContact = Hours(Column(SlaTarget.FirstContact, "completed_at"));
    public static readonly string HoursToDecision = Hours(Column(SlaTarget.Resolution, "completed_at"));

    public static string Status(ComplaintStatus status) => $"c.status = '{status}'";

    public static string Rating(int rating) => $"c.survey_rating = {rating}";

    /// <summary>The complaint's copy of one column of a first-round deadline, e.g. c.sla_contact_outcome.</summary>
    public static string Column(SlaTarget target, string column) => target switch
    {
        SlaTarget.Acknowledgement => $"c.sla_ack_{column}",
        SlaTarget.FirstContact => $"c.sla_contact_{column}",
        SlaTarget.Resolution => $"c.sla_resolution_{column}",
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    public static string SlaMet(SlaTarget target) => $"{Column(target, "outcome")} = '{nameof(DeadlineOutcome.Met)}'";

    /// <summary>Flagged by the monitor, or past due while running and not paused (the monitor may not have looked yet).</summary>
    public static string SlaMissed(SlaTarget target)
    {
        string outcome = Column(target, "outcome"), completed = Column(target, "completed_at"), due = Column(target, "due_at");
        return $"({outcome} = '{nameof(DeadlineOutcome.Missed)}' OR ({completed} IS NULL AND {outcome} IS NULL AND {due} < @now AND c.paused_since IS NULL))";
    }

    /// <summary>
    /// Hours from receipt in double precision: extract() answers in numeric, whose arithmetic and sorting made the
    /// percentiles take twice as long on a quarter of a million complaints.
    /// </summary>
    private static string Hours(string until) => $"date_part('epoch', {until} - c.received_at) / 3600";

    /// <summary>The target was reached (before or after its deadline); a withdrawn complaint's cancelled clock is not.</summary>
    private static string Reached(SlaTarget target) =>
        $"{Column(target, "completed_at")} IS NOT NULL AND {Column(target, "outcome")} IN ('{nameof(DeadlineOutcome.Met)}', '{nameof(DeadlineOutcome.Missed)}')";
}
