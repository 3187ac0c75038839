namespace ComplaintDesk.Complaints;

public static class TimelineVerifier
{
    /// <summary>Returns the sequence number of the first entry whose chain is broken, or null when the chain is intact.</summary>
    public static int? FirstBrokenEntry(IEnumerable<TimelineEvent> events)
    {
        var previous = "";
        var expectedSequence = 1;
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            if (e.Sequence != expectedSequence || e.PreviousHash != previous || e.Hash != e.ComputeHash())
                return expectedSequence;
            previous = e.Hash;
            expectedSequence++;
        }
        return null;
    }

    /// <summary>
    /// Also checks the chain against the head and length stored on the complaint, so removing the newest entries
    /// (which leaves a shorter chain that is intact in itself) is caught too.
    /// </summary>
    public static int? FirstBrokenEntry(IReadOnlyList<TimelineEvent> events, int expectedLength, string expectedHead)
    {
        if (FirstBrokenEntry(events) is { } broken) return broken;
        if (events.Count != expectedLength || (events.Count > 0 && events.MaxBy(e => e.Sequence)!.Hash != expectedHead))
            return Math.Min(events.Count, expectedLength) + 1;
        return null;
    }
}
