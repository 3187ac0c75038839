using System.Linq.Expressions;
using ComplaintDesk.Clocks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ComplaintDesk.IntegrationTests.Complaints;

/// <summary>
/// Open, running deadline, overdue, due soon and at risk select the same complaints whether a page asks in LINQ, a
/// report in SQL or a list in memory: every status crossed with deadlines, pauses and risk thresholds around the
/// boundaries, written straight into the table.
/// </summary>
public sealed class ComplaintRulesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>Minutes from now: response deadline, start of a pause (null: running), risk threshold (null: none).</summary>
    private static readonly (int Due, int? Paused, int? AtRisk)[] Clocks =
    [
        (-600, null, -2000), (-1, null, null), (0, null, -10), (1, null, 5), (1, null, null),
        ((int)Window.TotalMinutes - 1, null, -5), ((int)Window.TotalMinutes, null, -5), ((int)Window.TotalMinutes + 1, null, null),
        (-60, -120, -200), (-60, -30, -200), (60, -30, -10), (-30, -30, null),
    ];

    private TestDatabase database = null!;
    private readonly List<long> ids = [];

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var staff = await TestStaff.SeedAsync(database);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        foreach (var status in Enum.GetValues<ComplaintStatus>())
        foreach (var (due, paused, atRisk) in Clocks)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO complaints (number, status, customer_name, customer_phone, channel, received_at, registered_at, registered_by_id,
                    category_id, priority, description, appeal_count, escalation_level, updated_at, timeline_length, timeline_head,
                    response_due_at, sla_profile, next_due_at, paused_since, sla_at_risk_from)
                VALUES (@number, @status, '王小明', '13800001111', 'Counter', @received, @received, @registeredBy, @category, 'Normal',
                    '测试投诉', 0, 0, @received, 0, '', @due, 'CN-NFRA', @due, @paused, @atRisk)
                RETURNING id
                """, connection);
            insert.Parameters.AddWithValue("number", $"RULE{ids.Count:D6}");
            insert.Parameters.AddWithValue("status", status.ToString());
            insert.Parameters.AddWithValue("received", Now.AddDays(-10));
            insert.Parameters.AddWithValue("registeredBy", staff.ByUserName["counter"].Id);
            insert.Parameters.AddWithValue("category", staff.CategoryId);
            insert.Parameters.AddWithValue("due", Now.AddMinutes(due));
            insert.Parameters.AddWithValue("paused", paused is { } p ? Now.AddMinutes(p) : DBNull.Value);
            insert.Parameters.AddWithValue("atRisk", atRisk is { } r ? Now.AddMinutes(r) : DBNull.Value);
            ids.Add((long)(await insert.ExecuteScalarAsync())!);
        }
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Each_rule_selects_the_same_complaints_in_LINQ_in_SQL_and_in_memory()
    {
        await using var db = database.CreateContext();
        var rows = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new Row(c.Id, c.Status, c.ResponseDueAt, c.PausedSince)).ToListAsync();
        var states = rows.ToDictionary(r => r.Id, r => ComplaintRules.State(r.Status, r.ResponseDueAt, r.PausedSince, Now, Window));
        var soon = Now + Window;

        var rules = new (string Name, Expression<Func<Complaint, bool>> Linq, string Sql, HashSet<long>? InMemory)[]
        {
            ("open", ComplaintRules.Open, ComplaintRules.OpenSql, Where(rows, r => ComplaintRules.IsOpen(r.Status))),
            ("running deadline", ComplaintRules.RunningDeadline, ComplaintRules.RunningDeadlineSql,
                Where(rows, r => ComplaintRules.HasRunningDeadline(r.Status))),
            ("overdue", ComplaintRules.Overdue(Now), ComplaintRules.OverdueSql, Where(states, DeadlineState.Overdue)),
            ("due soon", ComplaintRules.DueSoon(Now, soon), ComplaintRules.DueSoonSql, Where(states, DeadlineState.DueSoon)),
            ("at risk", ComplaintRules.AtRisk(Now), ComplaintRules.AtRiskSql, null),
        };
        foreach (var (name, linq, sql, inMemory) in rules)
        {
            var byLinq = (await db.Complaints.Where(linq).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync()).ToHashSet();
            var bySql = (await db.Database.SqlQueryRaw<long>($"SELECT c.id AS \"Value\" FROM complaints c WHERE ({sql}) AND c.id = ANY (@ids)",
                new NpgsqlParameter("now", Now), new NpgsqlParameter("soon", soon), new NpgsqlParameter("ids", ids.ToArray())).ToListAsync()).ToHashSet();

            byLinq.ShouldNotBeEmpty(name);
            byLinq.Count.ShouldBeLessThan(ids.Count, name);
            bySql.ShouldBe(byLinq, ignoreOrder: true, name);
            if (inMemory is not null) inMemory.ShouldBe(byLinq, ignoreOrder: true, name);
        }
    }

    [Fact]
    public async Task Overdue_counts_a_deadline_that_passed_before_a_pause_but_not_one_that_would_pass_during_it()
    {
        await using var db = database.CreateContext();
        var overdue = await db.Complaints.Where(ComplaintRules.Overdue(Now)).Where(c => ids.Contains(c.Id))
            .Where(c => c.Status == ComplaintStatus.InProgress).Select(c => c.ResponseDueAt - Now).ToListAsync();
        var pausedOverdue = await db.Complaints.Where(ComplaintRules.Overdue(Now)).Where(c => ids.Contains(c.Id))
            .CountAsync(c => c.Status == ComplaintStatus.InProgress && c.PausedSince != null);

        overdue.Select(d => (int)d.TotalMinutes).ShouldBe([-600, -1, -60], ignoreOrder: true);
        pausedOverdue.ShouldBe(1);
    }

    private sealed record Row(long Id, ComplaintStatus Status, DateTimeOffset ResponseDueAt, DateTimeOffset? PausedSince);

    private static HashSet<long> Where(IEnumerable<Row> rows, Func<Row, bool> predicate) => rows.Where(predicate).Select(r => r.Id).ToHashSet();

    private static HashSet<long> Where(Dictionary<long, DeadlineState?> states, DeadlineState state) =>
        states.Where(s => s.Value == state).Select(s => s.Key).ToHashSet();
}
