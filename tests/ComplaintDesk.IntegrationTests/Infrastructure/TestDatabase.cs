using ComplaintDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ComplaintDesk.IntegrationTests.Infrastructure;

/// <summary>A fresh PostgreSQL database on the cluster scripts/test.sh started, dropped when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("COMPLAINTDESK_TEST_PG")
        ?? throw new InvalidOperationException("COMPLAINTDESK_TEST_PG is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");

    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var name = "cd_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(ServerConnectionString + ";Database=postgres"))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        var database = new TestDatabase(name, $"{ServerConnectionString};Database={name};Include Error Detail=true");
        if (migrate)
        {
            await using var db = database.CreateContext();
            await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        }
        return database;
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
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString + ";Database=postgres");
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await cmd.ExecuteNonQueryAsync();
    }
}
