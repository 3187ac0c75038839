namespace ComplaintDesk.CustomerPortal;

/// <summary>The result as told to the customer, with the handler who answers for it.</summary>
public sealed record CustomerResult(
    string Outcome, string MeasuresTaken, string? ImprovementPlan, bool Upheld, decimal? RedressAmount,
    string Summary, DateTimeOffset GivenAt, string HandlerName, string HandlerStaffNumber);

/// <summary>
/// The complaint as its customer sees it through a signed link: their own words unmasked, the bank's side without
/// internal notes, staff contact details or anything about escalations.
/// </summary>
/// <param name="ExpectedBy">When the decision is due; null once the result has been given or the complaint ended.</param>
/// <param name="AppealUntil">After a closure without the customer's answer: the last moment to appeal.</param>
public sealed record CustomerComplaintView(
    string Number,
    ComplaintStatus Status,
    string CustomerName,
    string CustomerPhone,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ExpectedBy,
    string Description,
    string? DesiredOutcome,
    CustomerResult? Result,
    ClosureReason? ClosureReason,
    DateTimeOffset? ClosedAt,
    SatisfactionSurvey? Survey,
    bool MayConfirm,
    bool MayAppeal,
    bool MayAnswerSurvey,
    DateTimeOffset? AppealUntil,
    IReadOnlyList<CustomerTimelineEntry> Timeline)
{
    public static CustomerComplaintView From(Complaint c, IEnumerable<TimelineEvent> timeline, DateTimeOffset now)
    {
        var resultGiven = c.Feedback is not null && c.Status is ComplaintStatus.AwaitingConfirmation or ComplaintStatus.Closed;
        return new CustomerComplaintView(
            c.Number, c.Status, c.Customer.Name, c.Customer.Phone, c.Channel, c.ReceivedAt,
            c.IsOpen && !resultGiven ? c.ResponseDueAt : null,
            c.Description, c.DesiredOutcome,
            resultGiven && c.Resolution is { } r && c.Feedback is { } f
                ? new CustomerResult(r.Outcome, r.MeasuresTaken, r.ImprovementPlan, r.Upheld, r.RedressAmount,
                    f.Summary, f.GivenAt, f.GivenByName, f.GivenByStaffNumber)
                : null,
            c.Closure?.Reason, c.Closure?.ClosedAt, c.Survey,
            c.MayConfirm(now), c.MayAppeal(now), c.MayAnswerSurvey(now),
            c.Status == ComplaintStatus.Closed && c.MayAppeal(now) ? c.Closure!.ClosedAt + Complaint.AppealWindow : null,
            CustomerTimeline.From(timeline));
    }
}
