namespace ComplaintDesk.Clocks;

/// <summary>A target as the rules set it: its length and where that length came from.</summary>
/// <param name="PolicyId">The SLA policy used, or null for the regulatory profile's default.</param>
public sealed record PlannedDeadline(SlaTarget Target, SlaSpan Span, DateTimeOffset DueAt, long? PolicyId, int? PolicyVersion);

/// <summary>A stretch of time the clocks stood still (e.g. waiting for an external appraisal).</summary>
public readonly record struct PausedInterval(DateTimeOffset From, DateTimeOffset To);
