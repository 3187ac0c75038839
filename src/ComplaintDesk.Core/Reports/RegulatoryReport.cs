namespace ComplaintDesk.Reports;

/// <summary>
/// Counts a quarter's complaints for the regulator by business category and by channel: open at the start, opened,
/// closed by outcome, open at the end. Quarters are calendar quarters of the bank's own day, in the same zone as the
/// dashboard's periods and months (<see cref="BankClock"/>). Figures come from each complaint's current
/// state: a complaint reopened by an appeal after the quarter counts as open at that quarter's end (docs/reports.md).
/// </summary>
public sealed class RegulatoryReport(ComplaintDbContext db, BankClock bank)
{
    public const string TotalKey = "TOTAL";

    public async Task<RegulatoryReturn> GetAsync(Quarter quarter, CancellationToken ct)
    {
        var (from, to) = (bank.StartOf(quarter.FirstDay), bank.StartOf(quarter.EndDay));
        string withdrawn = nameof(ClosureReason.Withdrawn);
        // One pass over the complaints open at some time in the quarter; GROUPING SETS gives both tables and the total.
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT category_id AS "CategoryId", channel AS "Channel", GROUPING(category_id, channel) AS "Grouping",
                count(*) FILTER (WHERE received_at < {from})::int AS "OpenAtStart",
                count(*) FILTER (WHERE received_at >= {from})::int AS "Opened",
                count(*) FILTER (WHERE closure_closed_at < {to} AND closure_reason <> {withdrawn} AND resolution_upheld
                    AND NOT coalesce(resolution_partly_upheld, false))::int AS "Upheld",
                count(*) FILTER (WHERE closure_closed_at < {to} AND closure_reason <> {withdrawn} AND resolution_upheld
                    AND resolution_partly_upheld)::int AS "PartlyUpheld",
                count(*) FILTER (WHERE closure_closed_at < {to} AND closure_reason <> {withdrawn} AND NOT resolution_upheld)::int AS "NotUpheld",
                count(*) FILTER (WHERE closure_closed_at < {to} AND closure_reason = {withdrawn})::int AS "Withdrawn",
                count(*) FILTER (WHERE closure_closed_at IS NULL OR closure_closed_at >= {to})::int AS "OpenAtEnd"
            FROM complaints
            WHERE received_at < {to} AND (closure_closed_at IS NULL OR closure_closed_at >= {from})
            GROUP BY GROUPING SETS ((category_id), (channel), ())
            """).ToListAsync(ct);

        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        var byCategory = categories
            .Select(c => (c, rows.FirstOrDefault(r => r.Grouping == 1 && r.CategoryId == c.Id)))
            // Retired categories stay in the return while they still have complaints in it.
            .Where(x => x.c.IsActive || x.Item2 is not null)
            .Select(x => Line(x.Item2, x.c.Code, x.c.Name, x.c.NameEn)).ToList();
        var byChannel = Enum.GetValues<Channel>()
            .Select(ch => Line(rows.FirstOrDefault(r => r.Grouping == 2 && r.Channel == ch.ToString()), ch.ToString(), "", ""))
            .ToList();
        var total = Line(rows.FirstOrDefault(r => r.Grouping == 3), TotalKey, "合计", "Total");
        return new RegulatoryReturn(quarter, from, to, byCategory, byChannel, total);
    }

    private static RegulatoryLine Line(Row? r, string key, string name, string nameEn) => r is null
        ? new(key, name, nameEn, 0, 0, 0, 0, 0, 0, 0)
        : new(key, name, nameEn, r.OpenAtStart, r.Opened, r.Upheld, r.PartlyUpheld, r.NotUpheld, r.Withdrawn, r.OpenAtEnd);

    private sealed class Row
    {
        public long? CategoryId { get; init; }
        public string? Channel { get; init; }
        /// <summary>1: a category line (channel rolled up), 2: a channel line, 3: the total.</summary>
        public int Grouping { get; init; }
        public int OpenAtStart { get; init; }
        public int Opened { get; init; }
        public int Upheld { get; init; }
        public int PartlyUpheld { get; init; }
        public int NotUpheld { get; init; }
        public int Withdrawn { get; init; }
        public int OpenAtEnd { get; init; }
    }
}
