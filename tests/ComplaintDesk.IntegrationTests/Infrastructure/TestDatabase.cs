using System.Security.Cryptography;
using System.Text;
using ComplaintDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database on the cluster scripts/test.sh started, dropped when disposed. <see cref="CreateAsync"/>
/// copies a template database the migrations were applied to once (copying is several times faster than migrating);
/// the tests of the migrator itself start from <see cref="CreateEmptyAsync"/>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string DuplicateDatabase = "42P04";

    // One template per set of migration scripts, built at most once per process; the name carries the scripts' hash, so
    // the test projects scripts/test.sh runs one after another reuse it, and a changed script never reuses a stale one.
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = $"{ServerConnectionString};Database={name};Include Error Detail=true";
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("COMPLAINTDESK_TEST_PG")
        ?? throw new InvalidOperationException("COMPLAINTDESK_TEST_PG is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");

    /// <summary>A database with every migration applied and nothing else.</summary>
    public static async Task<TestDatabase> CreateAsync() => await CreateFromAsync(await Template.Value);

    /// <summary>A database with no tables at all: for tests of the migrator and of what the model alone creates.</summary>
    public static Task<TestDatabase> CreateEmptyAsync() => CreateFromAsync(template: null);

    private static async Task<TestDatabase> CreateFromAsync(string? template)
    {
        var database = new TestDatabase("cd_test_" + Guid.NewGuid().ToString("N")[..12]);
        await AdminAsync($"CREATE DATABASE {database.Name}" + (template is null ? "" : $" TEMPLATE {template}"));
        return database;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "cd_template_" + ScriptsHash();
        if (await AdminScalarAsync($"SELECT count(*) FROM pg_database WHERE datname = '{name}'") == 1) return name;

        // Built under a name of its own and renamed when complete, so no process ever copies a half-migrated template.
        var building = await CreateEmptyAsync();
        // No pooling: a connection left open on the template would make every copy of it fail.
        var options = new DbContextOptionsBuilder<ComplaintDbContext>().UseNpgsql(building.ConnectionString + ";Pooling=false").Options;
        await using (var db = new ComplaintDbContext(options))
            await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        try
        {
            await AdminAsync($"ALTER DATABASE {building.Name} RENAME TO {name}");
        }
        catch (PostgresException e) when (e.SqlState == DuplicateDatabase)
        {
            await building.DisposeAsync(); // another test process finished the same template first
        }
        return name;
    }

    private static string ScriptsHash()
    {
        var scripts = string.Concat(DatabaseMigrator.Scripts().Select(s => s.Version + "\n" + s.Sql + "\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scripts)))[..16];
    }

    public ComplaintDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<ComplaintDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        // Only this database's pool: the other test classes running meanwhile keep their connections.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await AdminAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task AdminAsync(string sql) => await AdminScalarAsync(sql);

    private static async Task<long> AdminScalarAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(ServerConnectionString + ";Database=postgres");
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, admin);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L);
    }
}
