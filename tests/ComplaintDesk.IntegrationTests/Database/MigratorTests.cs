using ComplaintDesk.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintDesk.IntegrationTests.Database;

public sealed class MigratorTests
{
    [Fact]
    public async Task Instances_migrating_at_the_same_time_apply_each_script_exactly_once()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        }));

        applied.Sum().ShouldBe(DatabaseMigrator.Scripts().Count);
        (await database.ScalarAsync("SELECT count(*) FROM schema_migrations")).ShouldBe(DatabaseMigrator.Scripts().Count);
        (await database.ScalarAsync("SELECT count(*) FROM categories WHERE code = 'UNCLASSIFIED'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_second_run_applies_nothing()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await using var db = database.CreateContext();
        await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        (await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync()).ShouldBe(0);
    }
}
