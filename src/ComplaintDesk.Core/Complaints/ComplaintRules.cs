using System.Linq.Expressions;
using ComplaintDesk.Clocks;

namespace ComplaintDesk.Complaints;

/// <summary>
/// The rules every page, queue and report counts with, each written here once in three forms: a LINQ expression over
/// <see cref="Complaint"/>, a SQL predicate over a <c>complaints</c> row aliased <c>c</c> (parameters <c>@now</c>, and
/// <c>@soon</c> for due soon), and <see cref="State"/> for a row already in memory. <c>ComplaintRulesTests</c> checks
/// that the three select the same complaints (ADR 0014).
/// </summary>
public static class ComplaintRules
{
    /// <summary>Open: neither closed nor withdrawn.</summary>
    public static readonly Expression<Func<Complaint, bool>> Open =
        c => c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn;

    public const string OpenSql = "c.status NOT IN ('Closed', 'Withdrawn')";

    /// <summary>
    /// A running response deadline: open and the customer does not have the decision yet, so the deadline is still the
    /// desk's to meet. A pause stops its clock but not the deadline.
    /// </summary>
    public static readonly Expression<Func<Complaint, bool>> RunningDeadline =
        And(Open, c => c.Status != ComplaintStatus.AwaitingConfirmation);

    public const string RunningDeadlineSql = OpenSql + " AND c.status <> 'AwaitingConfirmation'";

    /// <summary>
    /// Overdue: the response deadline passed while its clock ran. A paused clock stopped at its pause: a deadline that
    /// had passed before stays overdue, one that would pass during the pause moves on when the clock resumes.
    /// </summary>
    public static Expression<Func<Complaint, bool>> Overdue(DateTimeOffset now) =>
        And(RunningDeadline, c => c.ResponseDueAt < (c.PausedSince ?? now));

    public const string OverdueSql = RunningDeadlineSql + " AND c.response_due_at < coalesce(c.paused_since, @now)";

    /// <summary>Due soon: the clock runs (not paused) and the response deadline falls in [now, soon).</summary>
    public static Expression<Func<Complaint, bool>> DueSoon(DateTimeOffset now, DateTimeOffset soon) =>
        And(RunningDeadline, c => c.PausedSince == null && c.ResponseDueAt >= now && c.ResponseDueAt < soon);

    public const string DueSoonSql = RunningDeadlineSql
        + " AND c.paused_since IS NULL AND c.response_due_at >= @now AND c.response_due_at < @soon";

    /// <summary>
    /// At risk: the clock runs (not paused), the response deadline has not passed, and a running clock has used its
    /// share of the allowed time (<see cref="Complaint.SlaAtRiskFrom"/>). The dashboard's figure; queues use due soon.
    /// </summary>
    public static Expression<Func<Complaint, bool>> AtRisk(DateTimeOffset now) =>
        And(RunningDeadline, c => c.PausedSince == null && c.ResponseDueAt >= now && c.SlaAtRiskFrom <= now);

    public const string AtRiskSql = RunningDeadlineSql
        + " AND c.paused_since IS NULL AND c.response_due_at >= @now AND c.sla_at_risk_from <= @now";

    public static bool IsOpen(ComplaintStatus status) => status is not (ComplaintStatus.Closed or ComplaintStatus.Withdrawn);

    public static bool HasRunningDeadline(ComplaintStatus status) => IsOpen(status) && status != ComplaintStatus.AwaitingConfirmation;

    /// <summary>
    /// Overdue, due soon or on track, as <see cref="Overdue"/> and <see cref="DueSoon"/> decide it with
    /// <c>soon = now + dueSoonWindow</c>; null when the complaint has no running deadline.
    /// </summary>
    public static DeadlineState? State(ComplaintStatus status, DateTimeOffset responseDueAt, DateTimeOffset? pausedSince,
        DateTimeOffset now, TimeSpan dueSoonWindow)
    {
        if (!HasRunningDeadline(status)) return null;
        if (responseDueAt < (pausedSince ?? now)) return DeadlineState.Overdue;
        return pausedSince is null && responseDueAt >= now && responseDueAt < now + dueSoonWindow ? DeadlineState.DueSoon : DeadlineState.OnTrack;
    }

    private static Expression<Func<Complaint, bool>> And(Expression<Func<Complaint, bool>> first, Expression<Func<Complaint, bool>> second)
    {
        var body = new Rebind(second.Parameters[0], first.Parameters[0]).Visit(second.Body);
        return Expression.Lambda<Func<Complaint, bool>>(Expression.AndAlso(first.Body, body), first.Parameters);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
