namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// Checks the copies of the clocks and the rating on each complaint row (Complaint.ReportCopies.cs) against the
/// deadline and survey rows they copy: reports count from the copies, so any difference is a wrong figure.
/// </summary>
public static class ReportCopies
{
    private const string Differing = """
        SELECT count(*) FROM complaints c
        LEFT JOIN complaint_deadlines ack ON ack.complaint_id = c.id AND ack.target = 'Acknowledgement' AND ack.round = 0
        LEFT JOIN complaint_deadlines fc ON fc.complaint_id = c.id AND fc.target = 'FirstContact' AND fc.round = 0
        LEFT JOIN complaint_deadlines res ON res.complaint_id = c.id AND res.target = 'Resolution' AND res.round = 0
        LEFT JOIN satisfaction_surveys s ON s.complaint_id = c.id
        WHERE (c.sla_ack_outcome, c.sla_ack_due_at, c.sla_ack_completed_at) IS DISTINCT FROM (ack.outcome, ack.due_at, ack.completed_at)
           OR (c.sla_contact_outcome, c.sla_contact_due_at, c.sla_contact_completed_at) IS DISTINCT FROM (fc.outcome, fc.due_at, fc.completed_at)
           OR (c.sla_resolution_outcome, c.sla_resolution_due_at, c.sla_resolution_completed_at)
              IS DISTINCT FROM (res.outcome, res.due_at, res.completed_at)
           OR c.survey_rating IS DISTINCT FROM s.rating
           OR c.sla_at_risk_from IS DISTINCT FROM (SELECT min(d.at_risk_from) FROM complaint_deadlines d
               WHERE d.complaint_id = c.id AND d.completed_at IS NULL AND d.outcome IS NULL
                 AND (d.round = 0 AND d.target <> 'Review' OR d.target = 'Review' AND d.round = c.appeal_count))
        """;

    /// <summary>How many complaints have a copy that differs from its source row.</summary>
    public static Task<long> DifferingAsync(TestDatabase database) => database.ScalarAsync(Differing);
}
