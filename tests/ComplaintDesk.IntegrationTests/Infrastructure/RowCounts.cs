namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// What the database holds, taken in one query: row counts of every table a request can write, the numbers issued,
/// and the sum of row versions (xmin) of the tables requests update, so an UPDATE shows as well as an INSERT (message
/// templates and staff notifications are only in that sum).
/// Compare two snapshots to prove that a refused request wrote nothing.
/// </summary>
public sealed record RowCounts(
    long Complaints,
    long TimelineEvents,
    long HandlingSteps,
    long Appeals,
    long Escalations,
    long IdempotencyKeys,
    long NumbersIssued,
    long Categories,
    long Departments,
    long Staff,
    long Calendars,
    long CalendarDays,
    long SlaPolicies,
    long Deadlines,
    long Pauses,
    long Extensions,
    long Outbox,
    long RowVersions)
{
    public static async Task<RowCounts> TakeAsync(TestDatabase database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("""
            SELECT (SELECT count(*) FROM complaints),
                   (SELECT count(*) FROM timeline_events),
                   (SELECT count(*) FROM handling_steps),
                   (SELECT count(*) FROM appeals),
                   (SELECT count(*) FROM escalations),
                   (SELECT count(*) FROM idempotency_keys),
                   (SELECT coalesce(sum(last_value), 0)::bigint FROM complaint_number_counters),
                   (SELECT count(*) FROM categories),
                   (SELECT count(*) FROM departments),
                   (SELECT count(*) FROM staff),
                   (SELECT count(*) FROM business_calendars),
                   (SELECT count(*) FROM business_calendar_days),
                   (SELECT count(*) FROM sla_policies),
                   (SELECT count(*) FROM complaint_deadlines),
                   (SELECT count(*) FROM complaint_pauses),
                   (SELECT count(*) FROM complaint_extensions),
                   (SELECT count(*) FROM outbox_messages),
                   (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM complaints)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM escalations)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM categories)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM departments)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM staff)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM business_calendars)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM sla_policies)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM sla_settings)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM complaint_deadlines)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM complaint_pauses)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM complaint_extensions)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM outbox_messages)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM message_templates)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM staff_notifications)
                 + (SELECT coalesce(sum(xmin::text::bigint), 0)::bigint FROM monthly_report_comments)
            """, connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new RowCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10),
            reader.GetInt64(11), reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16),
            reader.GetInt64(17));
    }

    /// <summary>Sends a request that must be refused with <paramref name="status"/> naming <paramref name="fields"/> (space-separated), and checks that nothing was written.</summary>
    public static async Task RefusedAsync(TestDatabase database, Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string fields)
    {
        var before = await TakeAsync(database);
        var response = await send();
        (await Api.ErrorFieldsAsync(response, status)).ShouldBe(fields.Split(' '), ignoreOrder: true);
        (await TakeAsync(database)).ShouldBe(before);
    }
}
