using Npgsql;
using NpgsqlTypes;

namespace ComplaintDesk.IntegrationTests.Reports;

/// <summary>
/// Complaints written straight into the tables, because the workflow cannot receive a complaint weeks before the test
/// clock or make a deadline be missed without a monitor pass: every count, duration and rate of the dashboard is known.
/// </summary>
public sealed class ReportDataSet
{
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public sealed record Deadline(string Target, DateTimeOffset DueAt, DateTimeOffset AtRiskFrom, DateTimeOffset? CompletedAt, string? Outcome);

    public sealed record Row(
        string Number, string Status, string Channel, DateTimeOffset ReceivedAt, long CategoryId, long? DepartmentId, long? AssigneeId,
        DateTimeOffset ResponseDueAt, Deadline[] Deadlines, bool? Upheld = null, decimal? Redress = null, string? RootCause = null,
        int Appeals = 0, int? Rating = null, DateTimeOffset? ClosedAt = null, string CustomerName = "王小明");

    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Shanghai);

    public static async Task InsertAsync(TestDatabase database, long registeredBy, IEnumerable<Row> rows)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        foreach (var row in rows)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO complaints (number, status, customer_name, customer_phone, channel, received_at, registered_at, registered_by_id,
                    category_id, priority, description, department_id, assignee_id, assignee_name, assignee_staff_number,
                    resolution_upheld, resolution_redress_amount, resolution_root_cause, closure_closed_at, appeal_count, escalation_level,
                    updated_at, timeline_length, timeline_head, response_due_at, sla_profile, next_due_at)
                SELECT @number, @status, @name, '13800001111', @channel, @received, @received, @registeredBy, @category, 'Normal', '测试投诉',
                    @department, @assignee, s.display_name, s.staff_number, @upheld, @redress, @rootCause, @closedAt, @appeals, 0,
                    @received, 0, '', @due, 'CN-NFRA', @due
                FROM (SELECT 1) one LEFT JOIN staff s ON s.id = @assignee
                RETURNING id
                """, connection);
            insert.Parameters.AddWithValue("number", row.Number);
            insert.Parameters.AddWithValue("status", row.Status);
            insert.Parameters.AddWithValue("name", row.CustomerName);
            insert.Parameters.AddWithValue("channel", row.Channel);
            insert.Parameters.AddWithValue("received", row.ReceivedAt.ToUniversalTime());
            insert.Parameters.AddWithValue("registeredBy", registeredBy);
            insert.Parameters.AddWithValue("category", row.CategoryId);
            Typed(insert, "department", NpgsqlDbType.Bigint, row.DepartmentId);
            Typed(insert, "assignee", NpgsqlDbType.Bigint, row.AssigneeId);
            Typed(insert, "upheld", NpgsqlDbType.Boolean, row.Upheld);
            Typed(insert, "redress", NpgsqlDbType.Numeric, row.Redress);
            Typed(insert, "rootCause", NpgsqlDbType.Varchar, row.RootCause);
            Typed(insert, "closedAt", NpgsqlDbType.TimestampTz, row.ClosedAt?.ToUniversalTime());
            insert.Parameters.AddWithValue("appeals", row.Appeals);
            insert.Parameters.AddWithValue("due", row.ResponseDueAt.ToUniversalTime());
            var id = (long)(await insert.ExecuteScalarAsync())!;

            foreach (var d in row.Deadlines)
            {
                await using var deadline = new NpgsqlCommand("""
                    INSERT INTO complaint_deadlines (complaint_id, target, round, started_at, span_amount, span_unit, profile_code,
                        base_due_at, due_at, at_risk_from, extensions, completed_at, outcome)
                    VALUES (@id, @target, 0, @started, 1, 'CalendarDays', 'CN-NFRA', @due, @due, @risk, 0, @completed, @outcome)
                    """, connection);
                deadline.Parameters.AddWithValue("id", id);
                deadline.Parameters.AddWithValue("target", d.Target);
                deadline.Parameters.AddWithValue("started", row.ReceivedAt.ToUniversalTime());
                deadline.Parameters.AddWithValue("due", d.DueAt.ToUniversalTime());
                deadline.Parameters.AddWithValue("risk", d.AtRiskFrom.ToUniversalTime());
                Typed(deadline, "completed", NpgsqlDbType.TimestampTz, d.CompletedAt?.ToUniversalTime());
                Typed(deadline, "outcome", NpgsqlDbType.Varchar, d.Outcome);
                await deadline.ExecuteNonQueryAsync();
            }
            if (row.Rating is { } rating)
            {
                await using var survey = new NpgsqlCommand(
                    "INSERT INTO satisfaction_surveys (complaint_id, rating, answered_at) VALUES (@id, @rating, @at)", connection);
                survey.Parameters.AddWithValue("id", id);
                survey.Parameters.AddWithValue("rating", rating);
                survey.Parameters.AddWithValue("at", (row.ClosedAt ?? row.ReceivedAt).ToUniversalTime());
                await survey.ExecuteNonQueryAsync();
            }
            await CopyForReportsAsync(connection, id, row);
        }
    }

    /// <summary>The copies the aggregate keeps on the complaint row (Complaint.ReportCopies.cs), from this row's clocks.</summary>
    private static async Task CopyForReportsAsync(NpgsqlConnection connection, long id, Row row)
    {
        await using var update = new NpgsqlCommand("""
            UPDATE complaints SET sla_ack_outcome = @ackOutcome, sla_ack_due_at = @ackDue, sla_ack_completed_at = @ackCompleted,
                sla_contact_outcome = @contactOutcome, sla_contact_due_at = @contactDue, sla_contact_completed_at = @contactCompleted,
                sla_resolution_outcome = @resolutionOutcome, sla_resolution_due_at = @resolutionDue,
                sla_resolution_completed_at = @resolutionCompleted, sla_at_risk_from = @atRisk, survey_rating = @rating
            WHERE id = @id
            """, connection);
        update.Parameters.AddWithValue("id", id);
        foreach (var (target, prefix) in new[] { ("Acknowledgement", "ack"), ("FirstContact", "contact"), ("Resolution", "resolution") })
        {
            var d = row.Deadlines.FirstOrDefault(x => x.Target == target);
            Typed(update, prefix + "Outcome", NpgsqlDbType.Varchar, d?.Outcome);
            Typed(update, prefix + "Due", NpgsqlDbType.TimestampTz, d?.DueAt.ToUniversalTime());
            Typed(update, prefix + "Completed", NpgsqlDbType.TimestampTz, d?.CompletedAt?.ToUniversalTime());
        }
        var running = row.Deadlines.Where(d => d.CompletedAt is null && d.Outcome is null).Select(d => d.AtRiskFrom.ToUniversalTime()).ToList();
        Typed(update, "atRisk", NpgsqlDbType.TimestampTz, running.Count > 0 ? running.Min() : null);
        Typed(update, "rating", NpgsqlDbType.Integer, row.Rating);
        await update.ExecuteNonQueryAsync();
    }

    private static void Typed(NpgsqlCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(name, type).Value = value ?? DBNull.Value;

    public static async Task<long> InsertReferenceAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
