namespace ComplaintDesk.Clocks;

/// <summary>The one row that says which regulatory profile and calendar are in force.</summary>
public sealed class SlaSettings
{
    public const long SingletonId = 1;

    private SlaSettings() { }

    public long Id { get; private set; } = SingletonId;
    public string ProfileCode { get; private set; } = RegulatoryProfile.China;
    public long CalendarId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }
    public uint Version { get; private set; }

    public void Select(string profileCode, long calendarId, Actor by, DateTimeOffset now)
    {
        if (RegulatoryProfile.Find(profileCode) is null)
            throw new RuleViolationException("profileCode", $"'{profileCode}' is not a regulatory profile.");
        ProfileCode = profileCode;
        CalendarId = calendarId;
        UpdatedAt = Clock.Normalize(now);
        UpdatedBy = $"{by.Name} ({by.StaffNumber})";
    }
}
