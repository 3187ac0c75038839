namespace ComplaintDesk.Complaints;

/// <summary>The decision on the complaint; replaced (and kept on the timeline) when a reopened case is resolved again.</summary>
public sealed record Resolution(
    string Outcome,
    string MeasuresTaken,
    string? ImprovementPlan,
    bool Upheld,
    string? RootCause,
    decimal? RedressAmount);
