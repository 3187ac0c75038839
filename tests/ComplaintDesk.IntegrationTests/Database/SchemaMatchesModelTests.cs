using System.Text.RegularExpressions;
using ComplaintDesk.Data;
using ComplaintDesk.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ComplaintDesk.IntegrationTests.Database;

/// <summary>The SQL migrations and the EF Core model must describe the same schema.</summary>
public sealed class SchemaMatchesModelTests
{
    private const string ColumnsSql = """
        SELECT table_name || '.' || column_name || ' ' || data_type
               || coalesce('(' || character_maximum_length || ')', '')
               || coalesce(' p' || numeric_precision || ',' || numeric_scale, '')
               || CASE WHEN is_nullable = 'YES' THEN ' null' ELSE ' not null' END
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
        """;

    private const string IndexesSql = """
        SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_migrations' AND indexname NOT IN ({0})
        UNION ALL
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations'
        """;

    /// <summary>
    /// Indexes the model cannot declare: the reports' covering index includes columns of the owned Resolution
    /// (ComplaintConfiguration says so); <see cref="The_reports_covering_index_holds_every_column_a_figure_reads"/> checks it.
    /// </summary>
    private static readonly string[] MigrationOnlyIndexes = ["ix_complaints_received_at_id"];

    [Fact]
    public async Task Migrated_database_has_the_same_tables_columns_types_nullability_and_indexes_as_the_model()
    {
        await using var migrated = await TestDatabase.CreateEmptyAsync();
        await using (var db = migrated.CreateContext()) await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        await using var fromModel = await TestDatabase.CreateEmptyAsync();
        await using (var db = fromModel.CreateContext()) await db.Database.EnsureCreatedAsync();

        var differences = new List<string>();
        var indexesSql = string.Format(IndexesSql, string.Join(", ", MigrationOnlyIndexes.Select(i => $"'{i}'")));
        foreach (var sql in new[] { ColumnsSql, indexesSql })
        {
            var a = await ReadAsync(migrated, sql);
            var b = await ReadAsync(fromModel, sql);
            differences.AddRange(a.Except(b).Select(x => "only in migrations: " + x));
            differences.AddRange(b.Except(a).Select(x => "only in EF model:   " + x));
        }

        (await ReadAsync(migrated, ColumnsSql)).Count.ShouldBeGreaterThan(50);
        differences.ShouldBeEmpty("Migrations and model differ:\n" + string.Join('\n', differences));
    }

    [Fact]
    public async Task The_reports_covering_index_holds_every_column_a_figure_reads()
    {
        await using var migrated = await TestDatabase.CreateAsync();
        var definition = (await ReadAsync(migrated, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_complaints_received_at_id'")).Single();
        var included = definition[(definition.IndexOf("INCLUDE (", StringComparison.Ordinal) + "INCLUDE (".Length)..].TrimEnd(')')
            .Split(", ").ToHashSet();

        var keys = FigureKeys.Summary().Select(f => f.Key)
            .Concat(["category:CARD", "channel:Phone", "handler:1", "department:1", "rootcause:费用", "day:2026-11-02"])
            .Concat(FigureKeys.Measures.Select(m => "handler:1:" + m));
        var read = keys.SelectMany(key =>
        {
            FigureKeys.TryParse(key, TimeZoneInfo.Utc, out var figure).ShouldBeTrue(key);
            return Regex.Matches(figure.Predicate, @"\bc\.([a-z_]+)").Select(m => m.Groups[1].Value);
        }).Append("next_due_at").Where(c => c is not ("received_at" or "id")).ToHashSet();

        read.Count.ShouldBeGreaterThan(15);
        read.Except(included).ShouldBeEmpty("columns the figures read that the covering index lacks");
    }

    private static async Task<HashSet<string>> ReadAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new HashSet<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
