namespace ComplaintDesk.Complaints;

public enum HandlingStepKind
{
    InvestigationFinding,
    Measure,
    CustomerContact,
    InternalNote,
}
