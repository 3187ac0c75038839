namespace ComplaintDesk.Clocks;

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

    /// <summary>Whether this instance runs the deadline monitor. Every instance may: they share the work safely.</summary>
    public bool MonitorEnabled { get; set; } = true;

    /// <summary>Time between two passes of the deadline monitor.</summary>
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Complaints locked and changed per transaction; smaller batches hold row locks for less time.</summary>
    public int MonitorBatchSize { get; set; } = 50;

    /// <summary>How long before a promised call-back the owner is reminded.</summary>
    public TimeSpan CallbackReminderLead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after a promised call-back's time it counts as broken if no contact was recorded.</summary>
    public TimeSpan CallbackGrace { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Time after the result is given (and after each reminder) before the handler is reminded to re-contact a customer who has not answered.</summary>
    public TimeSpan RecontactAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Re-contact reminders before the complaint is closed for no response.</summary>
    public int RecontactAttempts { get; set; } = 2;

    public FollowUp.FollowUpRules FollowUp => new(RecontactAfter, RecontactAttempts);
}
