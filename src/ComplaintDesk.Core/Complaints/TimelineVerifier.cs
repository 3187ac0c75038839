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
}
