namespace ComplaintDesk.Sla;

public sealed class SlaOptions
{
    public const string Section = "Sla";

    /// <summary>Share of a target's time after which the monitor warns the owner (0.8 = 80 %).</summary>
    public double AtRiskFraction { get; set; } = 0.8;

    /// <summary>
    /// How long an instance reuses the rules it loaded. An Admin's change applies at once on the instance that saved
    /// it and within this time on the others.
    /// </summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);
}
