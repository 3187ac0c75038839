using ComplaintDesk.Clocks;
using ComplaintDesk.Staff;
using Npgsql;

namespace ComplaintDesk.Assignment;

/// <summary>
/// Who carries what: one SQL statement groups the open complaints by owner and by department. Counts use the same
/// rules as <see cref="OpenCaseQueries"/>, so every figure matches the list it links to.
/// </summary>
public sealed class TeamLoadQueries(ComplaintDbContext db, TimeProvider clock, ResponseDeadline deadline)
{
    public async Task<TeamLoad> GetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Database.SqlQueryRaw<Row>($"""
            WITH open_cases AS (
                SELECT c.assignee_id, c.department_id,
                       {ComplaintRules.OverdueSql} AS overdue,
                       {ComplaintRules.DueSoonSql} AS due_soon
                FROM complaints c WHERE {ComplaintRules.OpenSql})
            SELECT 'H' AS "Kind", s.id AS "Id", s.display_name AS "Name", s.staff_number AS "StaffNumber", s.is_active AS "IsActive",
                   count(o.assignee_id) AS "Open", count(*) FILTER (WHERE o.overdue) AS "Overdue", count(*) FILTER (WHERE o.due_soon) AS "DueSoon"
            FROM staff s LEFT JOIN open_cases o ON o.assignee_id = s.id
            WHERE (s.is_active AND @handler = ANY (s.roles)) OR o.assignee_id IS NOT NULL
            GROUP BY s.id
            UNION ALL
            SELECT 'D', d.id, d.name, NULL, d.is_active,
                   count(o.department_id), count(*) FILTER (WHERE o.overdue), count(*) FILTER (WHERE o.due_soon)
            FROM departments d LEFT JOIN open_cases o ON o.department_id = d.id AND o.assignee_id IS NULL
            WHERE d.is_active OR o.department_id IS NOT NULL
            GROUP BY d.id
            UNION ALL
            SELECT 'U', NULL, NULL, NULL, true, count(*), count(*) FILTER (WHERE overdue), count(*) FILTER (WHERE due_soon)
            FROM open_cases WHERE department_id IS NULL AND assignee_id IS NULL
            """, new NpgsqlParameter("now", now), new NpgsqlParameter("soon", now + deadline.DueSoonWindow),
            new NpgsqlParameter("handler", Roles.Handler)).ToListAsync(ct);

        var handlers = rows.Where(r => r.Kind == "H")
            .Select(r => new HandlerLoad(r.Id!.Value, r.Name!, r.StaffNumber!, r.IsActive, (int)r.Open, (int)r.Overdue, (int)r.DueSoon))
            .OrderBy(h => h.StaffNumber, StringComparer.Ordinal).ToList();
        var departments = rows.Where(r => r.Kind == "D")
            .Select(r => new DepartmentBacklog(r.Id!.Value, r.Name!, (int)r.Open, (int)r.Overdue, (int)r.DueSoon))
            .OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var unrouted = (int)(rows.SingleOrDefault(r => r.Kind == "U")?.Open ?? 0);
        return new TeamLoad(handlers, departments, unrouted, now);
    }

    private sealed class Row
    {
        public string Kind { get; init; } = "";
        public long? Id { get; init; }
        public string? Name { get; init; }
        public string? StaffNumber { get; init; }
        public bool IsActive { get; init; }
        public long Open { get; init; }
        public long Overdue { get; init; }
        public long DueSoon { get; init; }
    }
}
