namespace ComplaintDesk.Complaints;

internal static class ComplaintLoading
{
    /// <summary>
    /// What a transition needs in memory, shared by the workflow, the deadline monitor and the full reads (which add
    /// steps and appeals). The timeline itself is not loaded: a new entry links to the head and length kept on the
    /// complaint row.
    /// </summary>
    public static IQueryable<Complaint> ForChange(this IQueryable<Complaint> complaints) => complaints
        .Include(c => c.Escalations)
        .Include(c => c.Deadlines)
        .Include(c => c.Pauses)
        .Include(c => c.Extensions)
        .AsSplitQuery();
}
