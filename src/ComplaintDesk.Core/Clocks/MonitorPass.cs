namespace ComplaintDesk.Clocks;

/// <summary>What one pass of the monitor did, summed over its batches.</summary>
/// <param name="Complaints">Complaints locked and saved.</param>
/// <param name="Conflicts">Complaints left for the next pass because their batch met an edit conflict.</param>
/// <param name="Failures">Complaints left for the next pass because changing them failed for another reason.</param>
public sealed record MonitorPass(int Complaints, int AtRisk, int Missed, int Escalations, int CallbackReminders, int Conflicts, int Failures)
{
    public static readonly MonitorPass None = new(0, 0, 0, 0, 0, 0, 0);

    public int BrokenCallbacks { get; init; }
    public int RecontactReminders { get; init; }
    public int ClosedForNoResponse { get; init; }

    public MonitorPass Add(MonitorPass o) => new(Complaints + o.Complaints, AtRisk + o.AtRisk, Missed + o.Missed,
        Escalations + o.Escalations, CallbackReminders + o.CallbackReminders, Conflicts + o.Conflicts, Failures + o.Failures)
    {
        BrokenCallbacks = BrokenCallbacks + o.BrokenCallbacks,
        RecontactReminders = RecontactReminders + o.RecontactReminders,
        ClosedForNoResponse = ClosedForNoResponse + o.ClosedForNoResponse,
    };

    public bool DidAnything => this != None;
}
