namespace ComplaintDesk.Complaints;

/// <summary>The decision on the complaint; replaced (and kept on the timeline) when a reopened case is resolved again.</summary>
/// <param name="PartlyUpheld">
/// Only with <paramref name="Upheld"/>: the bank agreed with part of the complaint. Regulators' returns count wholly and
/// partly upheld complaints apart (see docs/reports.md).
/// </param>
public sealed record Resolution(
    string Outcome,
    string MeasuresTaken,
    string? ImprovementPlan,
    bool Upheld,
    string? RootCause,
    decimal? RedressAmount,
    bool PartlyUpheld = false);
