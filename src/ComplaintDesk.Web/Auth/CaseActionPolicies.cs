using ComplaintDesk.Complaints;

namespace ComplaintDesk.Web.Auth;

/// <summary>The role policy behind each case action: the same one the API route for that step requires.</summary>
public static class CaseActionPolicies
{
    public static readonly IReadOnlyDictionary<CaseAction, string> Of = new Dictionary<CaseAction, string>
    {
        [CaseAction.Assign] = Policies.Assign,
        [CaseAction.Take] = Policies.Handle,
        [CaseAction.Start] = Policies.Handle,
        [CaseAction.RecordStep] = Policies.Handle,
        [CaseAction.Resolve] = Policies.Handle,
        [CaseAction.GiveFeedback] = Policies.Handle,
        [CaseAction.Confirm] = Policies.RecordCustomerReply,
        [CaseAction.Appeal] = Policies.RecordCustomerReply,
        [CaseAction.Close] = Policies.Handle,
        [CaseAction.Withdraw] = Policies.RecordCustomerReply,
        [CaseAction.Escalate] = Policies.Handle,
        [CaseAction.DecideEscalation] = Policies.DecideEscalation,
        [CaseAction.Pause] = Policies.Handle,
        [CaseAction.Resume] = Policies.Handle,
        [CaseAction.RequestExtension] = Policies.Handle,
        [CaseAction.DecideExtension] = Policies.DecideExtension,
    };
}
