using ComplaintDesk.Clocks;

namespace ComplaintDesk.Complaints;

/// <summary>
/// Copies, on the complaint row, of what the dashboard counts from the clocks and the survey: the outcome, due time and
/// completion of each first-round target, the earliest risk threshold of the clocks still running, and the rating.
/// With them a report reads one row per complaint instead of probing the deadlines and surveys for each one, which on a
/// million complaints is the difference between seconds and milliseconds (docs/performance.md). They are written
/// whenever a clock or the survey changes, in the same save as the change itself.
/// </summary>
public sealed partial class Complaint
{
    public DeadlineOutcome? SlaAckOutcome { get; private set; }
    public DateTimeOffset? SlaAckDueAt { get; private set; }
    public DateTimeOffset? SlaAckCompletedAt { get; private set; }
    public DeadlineOutcome? SlaContactOutcome { get; private set; }
    public DateTimeOffset? SlaContactDueAt { get; private set; }
    public DateTimeOffset? SlaContactCompletedAt { get; private set; }
    public DeadlineOutcome? SlaResolutionOutcome { get; private set; }
    public DateTimeOffset? SlaResolutionDueAt { get; private set; }
    public DateTimeOffset? SlaResolutionCompletedAt { get; private set; }
    /// <summary>
    /// The earliest <see cref="ComplaintDeadline.AtRiskFrom"/> of the first-round targets and the current review that
    /// still run and are not flagged missed; null when none does.
    /// </summary>
    public DateTimeOffset? SlaAtRiskFrom { get; private set; }
    public int? SurveyRating { get; private set; }

    private void CopyForReports()
    {
        (SlaAckOutcome, SlaAckDueAt, SlaAckCompletedAt) = FirstRound(SlaTarget.Acknowledgement);
        (SlaContactOutcome, SlaContactDueAt, SlaContactCompletedAt) = FirstRound(SlaTarget.FirstContact);
        (SlaResolutionOutcome, SlaResolutionDueAt, SlaResolutionCompletedAt) = FirstRound(SlaTarget.Resolution);
        SlaAtRiskFrom = _deadlines
            .Where(d => d.Round == 0 ? d.Target != SlaTarget.Review : d.Target == SlaTarget.Review && d.Round == AppealCount)
            .Where(d => d.CompletedAt is null && d.Outcome is null)
            .Select(d => (DateTimeOffset?)d.AtRiskFrom).Min();
        SurveyRating = Survey?.Rating;
    }

    private (DeadlineOutcome?, DateTimeOffset?, DateTimeOffset?) FirstRound(SlaTarget target) =>
        _deadlines.FirstOrDefault(d => d.Target == target && d.Round == 0) is { } d ? (d.Outcome, d.DueAt, d.CompletedAt) : (null, null, null);
}
