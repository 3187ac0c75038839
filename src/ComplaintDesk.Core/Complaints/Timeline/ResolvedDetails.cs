namespace ComplaintDesk.Complaints.Timeline;

/// <summary>The <see cref="Resolution"/> as it was decided, field for field.</summary>
public sealed record ResolvedDetails(
    string Outcome, string MeasuresTaken, string? ImprovementPlan, bool Upheld, string? RootCause, decimal? RedressAmount,
    bool? PartlyUpheld) : ITimelineDetails
{
    public static ResolvedDetails Of(Resolution r) =>
        new(r.Outcome, r.MeasuresTaken, r.ImprovementPlan, r.Upheld, r.RootCause, r.RedressAmount, r.PartlyUpheld);

    public ITimelineDetails MaskPersonalData() => this with
    {
        Outcome = FreeText.Mask(Outcome),
        MeasuresTaken = FreeText.Mask(MeasuresTaken),
        ImprovementPlan = FreeText.Mask(ImprovementPlan),
        RootCause = FreeText.Mask(RootCause),
    };
}
