using Npgsql;

namespace ComplaintDesk.Reports;

/// <summary>
/// The rows every report query starts from: one row per complaint received in the period (and department and channel).
/// The clock outcomes and the survey rating the figures need are copies on the complaint row (Complaint.ReportCopies.cs),
/// so no statement joins the deadlines or the surveys.
/// </summary>
internal sealed class ReportScope
{
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
    public string From => $"FROM complaints c\nWHERE {_where}";

    /// <summary>
    /// Runs <paramref name="sql"/> with the scope's parameters (@from, @to, @now, @department, @channel, @tz) and the
    /// figure's, on a pooled connection of its own rather than the context's, so that the dashboard can run its
    /// independent statements side by side (see <see cref="DashboardQueries"/>).
    /// </summary>
    public async Task<List<T>> QueryAsync<T>(ComplaintDbContext db, string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct,
        Figure? figure = null, params (string Name, object Value)[] extra)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        // These queries aggregate thousands of rows in well under a second; JIT compiling them costs more than
        // it saves (measured: 115 ms without, 270–400 ms with, on a month of 300,000 complaints).
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection, transaction))
            await noJit.ExecuteNonQueryAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in _parameters.Concat(extra).Where(p => sql.Contains("@" + p.Name, StringComparison.Ordinal)))
            command.Parameters.AddWithValue(name, value);
        for (var i = 0; i < (figure?.Arguments.Count ?? 0); i++)
            command.Parameters.AddWithValue("k" + i, figure!.Arguments[i]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        await reader.CloseAsync();
        await transaction.CommitAsync(ct);
        return rows;
    }
}
