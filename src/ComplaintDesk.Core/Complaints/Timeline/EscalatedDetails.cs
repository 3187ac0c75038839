using ComplaintDesk.Escalations;

namespace ComplaintDesk.Complaints.Timeline;

/// <summary>The <see cref="EscalationReport"/> as it was given, field for field.</summary>
public sealed record EscalatedDetails(
    string Problem, string CustomerMood, string CustomerExpectation, string ActionsTaken, Priority Urgency) : ITimelineDetails
{
    public static EscalatedDetails Of(EscalationReport r) =>
        new(r.Problem, r.CustomerMood, r.CustomerExpectation, r.ActionsTaken, r.Urgency);

    public ITimelineDetails MaskPersonalData() => this with
    {
        Problem = FreeText.Mask(Problem),
        CustomerMood = FreeText.Mask(CustomerMood),
        CustomerExpectation = FreeText.Mask(CustomerExpectation),
        ActionsTaken = FreeText.Mask(ActionsTaken),
    };
}
