namespace ComplaintDesk.Complaints;

public enum HandlingStepKind
{
    InvestigationFinding,
    Measure,
    CustomerContact,
    InternalNote,
    /// <summary>A promise to call the customer back by <see cref="HandlingStep.DueAt"/>.</summary>
    CallbackPromise,
}
