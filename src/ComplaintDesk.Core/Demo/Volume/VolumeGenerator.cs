using System.Diagnostics;
using ComplaintDesk.Clocks;
using ComplaintDesk.Numbering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplaintDesk.Demo.Volume;

/// <param name="Years">How far back the arrivals reach, ending now.</param>
/// <param name="Seed">The same seed on the same empty database gives the same complaints.</param>
/// <param name="Days">Instead of years: a few weeks put a small set's complaints in every open status (tests).</param>
public sealed record VolumeRequest(int Complaints, int Years = 3, int Seed = 42, int BatchSize = 10_000, int? Days = null);

public sealed record VolumeResult(int Complaints, TimeSpan Elapsed);

/// <summary>
/// Loads a large, realistic set of complaints for reports and their benchmark (docs/reports.md): each complaint is
/// lived through the aggregate in memory (<see cref="ComplaintLife"/>) and the batch is written with binary COPY in one
/// transaction, numbers continuing the daily counters so later registrations never collide with generated ones.
/// Not for production data: the outbox messages the steps would have queued are not generated.
/// </summary>
public sealed class VolumeGenerator(ComplaintDbContext db, ComplaintNumberIssuer numbers, IOptions<NumberingOptions> numbering,
    SlaRulesProvider sla, TimeProvider clock, ILogger<VolumeGenerator> logger)
{
    public async Task<VolumeResult> GenerateAsync(VolumeRequest request, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var cast = await VolumeCast.EnsureAsync(db, ct);
        var rules = await sla.GetAsync(db, ct);
        var now = clock.GetUtcNow();
        var random = new Random(request.Seed);
        var intake = new IntakeSampler(cast, new ArrivalSampler(now, request.Days ?? request.Years * 365));
        var prefix = numbering.Value.Prefix;
        var counters = await db.Database
            .SqlQuery<CounterRow>($"SELECT day AS \"Day\", last_value AS \"LastValue\" FROM complaint_number_counters WHERE prefix = {prefix}")
            .ToDictionaryAsync(r => r.Day, r => r.LastValue, ct);
        var touched = new HashSet<DateOnly>();
        string Number(DateTimeOffset at)
        {
            var day = numbers.DayOf(at);
            var value = counters[day] = counters.GetValueOrDefault(day) + 1;
            touched.Add(day);
            return numbers.Format(day, value);
        }

        // The next batch is lived in memory while the database takes the previous one.
        var batches = System.Threading.Channels.Channel.CreateBounded<Batch>(1);
        var producer = Task.Run(async () =>
        {
            for (var done = 0; done < request.Complaints;)
            {
                var size = Math.Min(request.BatchSize, request.Complaints - done);
                var complaints = new List<Complaint>(size);
                for (var i = 0; i < size; i++) complaints.Add(ComplaintLife.Create(cast, rules, now, random, intake, Number));
                await batches.Writer.WriteAsync(new Batch(complaints, touched.ToDictionary(d => d, d => counters[d])), ct);
                touched.Clear();
                done += size;
            }
            batches.Writer.Complete();
        }, ct);

        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var written = 0;
        await foreach (var batch in batches.Reader.ReadAllAsync(ct))
        {
            var ids = await ReserveIdsAsync(connection, batch.Complaints.Count, ct);
            await using (var tx = await connection.BeginTransactionAsync(ct))
            {
                ComplaintCopy.Write(connection, [.. ids.Zip(batch.Complaints)]);
                await SaveCountersAsync(connection, prefix, batch.Counters, ct);
                await tx.CommitAsync(ct);
            }
            written += batch.Complaints.Count;
            logger.LogInformation("Generated {Done} of {Total} complaints ({Seconds:0.0} s)", written, request.Complaints, watch.Elapsed.TotalSeconds);
        }
        await producer;
        await using (var analyze = new NpgsqlCommand(
            "ANALYZE complaints, complaint_deadlines, timeline_events, satisfaction_surveys, handling_steps, appeals, escalations", connection))
            await analyze.ExecuteNonQueryAsync(ct);
        await db.Database.CloseConnectionAsync();
        return new VolumeResult(request.Complaints, watch.Elapsed);
    }

    private static async Task<List<long>> ReserveIdsAsync(NpgsqlConnection connection, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence('complaints', 'id')) FROM generate_series(1, $1)", connection)
        { Parameters = { new() { Value = count } } };
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>Moves each day's counter to the highest number handed out, as the issuer would have.</summary>
    private static async Task SaveCountersAsync(NpgsqlConnection connection, string prefix, IReadOnlyDictionary<DateOnly, long> counters,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO complaint_number_counters (prefix, day, last_value)
            SELECT $1, d, v FROM unnest($2::date[], $3::bigint[]) AS t (d, v)
            ON CONFLICT (prefix, day) DO UPDATE SET last_value = GREATEST(complaint_number_counters.last_value, excluded.last_value)
            """, connection)
        { Parameters = { new() { Value = prefix }, new() { Value = counters.Keys.ToArray() }, new() { Value = counters.Values.ToArray() } } };
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <param name="Counters">The last number of each day the batch issued numbers on.</param>
    private sealed record Batch(List<Complaint> Complaints, IReadOnlyDictionary<DateOnly, long> Counters);

    private sealed class CounterRow
    {
        public DateOnly Day { get; init; }
        public long LastValue { get; init; }
    }
}
