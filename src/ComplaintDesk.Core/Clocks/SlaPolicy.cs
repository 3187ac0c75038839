namespace ComplaintDesk.Clocks;

/// <summary>
/// Targets for complaints of one category and/or priority. The most specific active policy wins (category and priority,
/// then category, then priority); without one, the regulatory profile's defaults apply. Every edit raises
/// <see cref="Version"/>, and each complaint records the policy and version its deadlines came from.
/// </summary>
public sealed class SlaPolicy
{
    private SlaPolicy() { }

    public SlaPolicy(string name, long? categoryId, Priority? priority, SlaSpan acknowledgement, SlaSpan firstContact, SlaSpan resolution, DateTimeOffset now)
    {
        CategoryId = categoryId;
        Priority = priority;
        Version = 0;
        Update(name, acknowledgement, firstContact, resolution, true, now);
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public long? CategoryId { get; private set; }
    public Priority? Priority { get; private set; }
    public int AcknowledgementAmount { get; private set; }
    public SlaUnit AcknowledgementUnit { get; private set; }
    public int FirstContactAmount { get; private set; }
    public SlaUnit FirstContactUnit { get; private set; }
    public int ResolutionAmount { get; private set; }
    public SlaUnit ResolutionUnit { get; private set; }
    public bool IsActive { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint RowVersion { get; private set; }

    public SlaSpan Acknowledgement => new(AcknowledgementAmount, AcknowledgementUnit);
    public SlaSpan FirstContact => new(FirstContactAmount, FirstContactUnit);
    public SlaSpan Resolution => new(ResolutionAmount, ResolutionUnit);

    /// <summary>0 = applies to everything (never stored), 1 = priority only, 2 = category only, 3 = both.</summary>
    public int Specificity => (CategoryId is null ? 0 : 2) + (Priority is null ? 0 : 1);

    public bool AppliesTo(long categoryId, Priority priority) =>
        IsActive && (CategoryId is null || CategoryId == categoryId) && (Priority is null || Priority == priority);

    public SlaSpan? For(SlaTarget target) => target switch
    {
        SlaTarget.Acknowledgement => Acknowledgement,
        SlaTarget.FirstContact => FirstContact,
        SlaTarget.Resolution => Resolution,
        _ => null,
    };

    public void Update(string name, SlaSpan acknowledgement, SlaSpan firstContact, SlaSpan resolution, bool isActive, DateTimeOffset now)
    {
        foreach (var (field, span) in new[] { ("acknowledgement", acknowledgement), ("firstContact", firstContact), ("resolution", resolution) })
            if (span.Amount is < 1 or > SlaSpan.MaxAmount)
                throw new RuleViolationException(field, $"Give a length between 1 and {SlaSpan.MaxAmount}.");
        Name = name;
        (AcknowledgementAmount, AcknowledgementUnit) = (acknowledgement.Amount, acknowledgement.Unit);
        (FirstContactAmount, FirstContactUnit) = (firstContact.Amount, firstContact.Unit);
        (ResolutionAmount, ResolutionUnit) = (resolution.Amount, resolution.Unit);
        IsActive = isActive;
        Version++;
        UpdatedAt = Clock.Normalize(now);
    }
}
