using ComplaintDesk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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
        SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_migrations'
        UNION ALL
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations'
        """;

    [Fact]
    public async Task Migrated_database_has_the_same_tables_columns_types_nullability_and_indexes_as_the_model()
    {
        await using var migrated = await TestDatabase.CreateAsync(migrate: true);
        await using var fromModel = await TestDatabase.CreateAsync(migrate: false);
        await using (var db = fromModel.CreateContext()) await db.Database.EnsureCreatedAsync();

        var differences = new List<string>();
        foreach (var sql in new[] { ColumnsSql, IndexesSql })
        {
            var a = await ReadAsync(migrated, sql);
            var b = await ReadAsync(fromModel, sql);
            differences.AddRange(a.Except(b).Select(x => "only in migrations: " + x));
            differences.AddRange(b.Except(a).Select(x => "only in EF model:   " + x));
        }

        (await ReadAsync(migrated, ColumnsSql)).Count.ShouldBeGreaterThan(50);
        differences.ShouldBeEmpty("Migrations and model differ:\n" + string.Join('\n', differences));
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
