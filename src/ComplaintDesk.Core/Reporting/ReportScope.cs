using ComplaintDesk.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ComplaintDesk.Reporting;

/// <summary>
/// The rows every report query starts from: one row per complaint received in the period (and department and channel),
/// with its first-round acknowledgement, first-contact and resolution deadlines (aliases ack, fc, res; at most one
/// each by the unique index) and its survey (s). Joins that add at most one row keep "one row per complaint" true.
/// </summary>
internal sealed class ReportScope
{
    private const string Joins = """
        FROM complaints c
        LEFT JOIN complaint_deadlines ack ON ack.complaint_id = c.id AND ack.target = 'Acknowledgement' AND ack.round = 0
        LEFT JOIN complaint_deadlines fc ON fc.complaint_id = c.id AND fc.target = 'FirstContact' AND fc.round = 0
        LEFT JOIN complaint_deadlines res ON res.complaint_id = c.id AND res.target = 'Resolution' AND res.round = 0
        LEFT JOIN satisfaction_surveys s ON s.complaint_id = c.id
        """;

    public ReportScope(ReportFilter filter, TimeZoneInfo zone, DateTimeOffset now)
    {
        Filter = filter;
        Zone = zone;
        Now = now;
        var (from, to) = filter.Instants(zone);
        var where = "c.received_at >= @from AND c.received_at < @to";
        if (filter.DepartmentId is not null) where += " AND c.department_id = @department";
        if (filter.Channel is not null) where += " AND c.channel = @channel";
        _where = where;
        _parameters = [("from", from), ("to", to), ("now", now), ("department", filter.DepartmentId ?? 0L),
            ("channel", filter.Channel?.ToString() ?? ""), ("tz", zone.Id)];
    }

    private readonly (string Name, object Value)[] _parameters;
    private readonly string _where;

    public ReportFilter Filter { get; }
    public TimeZoneInfo Zone { get; }
    public DateTimeOffset Now { get; }
    /// <summary>FROM … WHERE …: append "AND (predicate)" to narrow it to one figure.</summary>
    public string From => Joining("");

    /// <summary>Like <see cref="From"/> with more joins, each of which must add at most one row per complaint.</summary>
    public string Joining(string joins) => $"{Joins}{joins}\nWHERE {_where}";

    /// <summary>Runs <paramref name="sql"/> with the scope's parameters (@from, @to, @now, @department, @channel, @tz) and the figure's.</summary>
    public async Task<List<T>> QueryAsync<T>(ComplaintDbContext db, string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct,
        Figure? figure = null, params (string Name, object Value)[] extra)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var (name, value) in _parameters.Concat(extra).Where(p => sql.Contains("@" + p.Name, StringComparison.Ordinal)))
                command.Parameters.AddWithValue(name, value);
            for (var i = 0; i < (figure?.Arguments.Count ?? 0); i++)
                command.Parameters.AddWithValue("k" + i, figure!.Arguments[i]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct)) rows.Add(map(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
