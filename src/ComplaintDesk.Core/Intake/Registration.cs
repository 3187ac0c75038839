namespace ComplaintDesk.Intake;

/// <summary>What intake records about a new complaint (seed 001, step 2).</summary>
public sealed record Registration(
    Customer Customer,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    long CategoryId,
    Priority Priority,
    string Description,
    string? DesiredOutcome);
