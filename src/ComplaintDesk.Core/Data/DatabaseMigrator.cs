using Microsoft.Extensions.Logging;
using Npgsql;

namespace ComplaintDesk.Data;

/// <summary>
/// Applies the versioned SQL scripts in Data/Migrations in name order, each in its own transaction, recording every
/// applied version in schema_migrations. A session-level advisory lock makes instances that start together take turns.
/// </summary>
public sealed class DatabaseMigrator(ComplaintDbContext db, ILogger<DatabaseMigrator> logger)
{
    private const long AdvisoryLockKey = 0x43_44_4D_49_47_52_41_54; // "CDMIGRAT"
    private const string ResourcePrefix = "ComplaintDesk.Data.Migrations.";

    public static IReadOnlyList<(string Version, string Sql)> Scripts()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n[ResourcePrefix.Length..^4], reader.ReadToEnd());
            })
            .ToList();
    }

    public async Task<int> MigrateAsync(CancellationToken ct = default)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await Execute(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
            try
            {
                return await ApplyPending(connection, ct);
            }
            finally
            {
                await Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    private async Task<int> ApplyPending(NpgsqlConnection connection, CancellationToken ct)
    {
        await Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version text PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, ct);
        var applied = new HashSet<string>();
        await using (var cmd = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));

        var count = 0;
        foreach (var (version, sql) in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using (var cmd = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = NoTimeout })
                await cmd.ExecuteNonQueryAsync(ct);
            await using (var cmd = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES (@v)", connection, tx))
            {
                cmd.Parameters.AddWithValue("v", version);
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            logger.LogInformation("Applied database migration {Version} in {Seconds:0.0} s", version,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            count++;
        }
        return count;
    }

    /// <summary>
    /// A script that rewrites a large table (0011 backfills every complaint: about two minutes on a million) and an
    /// instance waiting for the lock meanwhile must not give up after the default 30 s; cancellation still stops them.
    /// </summary>
    private const int NoTimeout = 0;

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = NoTimeout };
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
