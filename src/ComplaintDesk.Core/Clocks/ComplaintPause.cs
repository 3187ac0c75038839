namespace ComplaintDesk.Clocks;

/// <summary>A stop of the clocks, e.g. while an external appraisal runs (the Chinese rules do not count that time).</summary>
public sealed class ComplaintPause
{
    private ComplaintPause() { }

    internal ComplaintPause(string reason, Actor by, DateTimeOffset at)
    {
        Reason = reason;
        StartedAt = at;
        StartedById = by.StaffId;
        StartedByName = by.Name;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public long StartedById { get; private set; }
    public string StartedByName { get; private set; } = "";
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndedByName { get; private set; }

    public bool IsActive => EndedAt is null;

    internal PausedInterval Interval(DateTimeOffset now) => new(StartedAt, EndedAt ?? now);

    internal void End(Actor by, DateTimeOffset at) => (EndedAt, EndedByName) = (at, by.Name);
}
