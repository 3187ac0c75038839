using ComplaintDesk.Handling;

namespace ComplaintDesk.Web.Api.Handling;

/// <summary>
/// One step as it stands for the caller: its route (POST /api/complaints/{id}/{route}) and operationId, and when it is
/// refused the problem code (illegal_transition, forbidden, rule_violation) and reason the step would answer with.
/// </summary>
public sealed record CaseActionView(string Action, string Route, string OperationId, bool Allowed, string? Code, string? Reason)
{
    public static CaseActionView From(CaseActionState s) =>
        new(s.Step.Action.ToString(), s.Step.Route!, s.Step.OperationId!, s.Allowed, s.Refusal?.Code, s.Refusal?.Message);
}
