using ComplaintDesk.Clocks;

namespace ComplaintDesk.Complaints.Views;

public sealed record CustomerView(string Name, string Phone, string? Email, string? NationalId, string? CustomerReference,
    string PreferredLanguage);

public sealed record AssignmentView(long? DepartmentId, long? HandlerId, string? HandlerName, string? HandlerStaffNumber,
    string? AssignedByName, DateTimeOffset? AssignedAt);

public sealed record StepView(long Id, HandlingStepKind Kind, string Text, bool CustomerVisible, string AuthorName,
    string AuthorStaffNumber, DateTimeOffset RecordedAt, DateTimeOffset? DueAt, CallbackState? Promise);

public sealed record AppealView(int Ordinal, string Reason, string RecordedByName, DateTimeOffset RecordedAt);

public sealed record EscalationView(int Level, string Problem, string CustomerMood, string CustomerExpectation,
    string ActionsTaken, Priority Urgency, string RaisedByName, DateTimeOffset RaisedAt, string? Decision,
    string? DecidedByName, DateTimeOffset? DecidedAt);

/// <summary>The whole case as staff see it; personal data is masked for roles that do not contact customers.</summary>
public sealed record ComplaintView(
    long Id,
    string Number,
    ComplaintStatus Status,
    uint Version,
    CustomerView Customer,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    DateTimeOffset ResponseDueAt,
    long CategoryId,
    Priority Priority,
    string Description,
    string? DesiredOutcome,
    AssignmentView Assignment,
    Resolution? Resolution,
    DateTimeOffset? ResolvedAt,
    Feedback? Feedback,
    Closure? Closure,
    int AppealCount,
    int EscalationLevel,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<AppealView> Appeals,
    IReadOnlyList<EscalationView> Escalations,
    ClocksView Clocks,
    SatisfactionSurvey? Survey)
{
    /// <param name="maskPersonalData">
    /// Masks the customer's phone and ID number, and every long run of digits in the free text (a description or a
    /// note often quotes a phone or card number), as the case page does for the same roles.
    /// </param>
    /// <param name="rules">The rules in force, for the time left on each deadline; without them it is left out.</param>
    public static ComplaintView From(Complaint c, bool maskPersonalData, Clocks.SlaRules? rules = null, DateTimeOffset? now = null)
    {
        var view = Unmasked(c, rules, now);
        return maskPersonalData ? Masked(view) : view;
    }

    private static ComplaintView Masked(ComplaintView v)
    {
        static string M(string text) => PersonalData.MaskDigitsIn(text);
        static string? N(string? text) => text is null ? null : PersonalData.MaskDigitsIn(text);
        return v with
        {
            Customer = v.Customer with
            {
                Phone = PersonalData.MaskPhone(v.Customer.Phone)!, NationalId = PersonalData.MaskNationalId(v.Customer.NationalId),
            },
            Description = M(v.Description),
            DesiredOutcome = N(v.DesiredOutcome),
            Resolution = v.Resolution is { } r
                ? r with { Outcome = M(r.Outcome), MeasuresTaken = M(r.MeasuresTaken), ImprovementPlan = N(r.ImprovementPlan), RootCause = N(r.RootCause) }
                : null,
            Feedback = v.Feedback is { } f ? f with { Summary = M(f.Summary) } : null,
            Closure = v.Closure is { } cl ? cl with { FinalComment = N(cl.FinalComment) } : null,
            Steps = [.. v.Steps.Select(s => s with { Text = M(s.Text) })],
            Appeals = [.. v.Appeals.Select(a => a with { Reason = M(a.Reason) })],
            Escalations = [.. v.Escalations.Select(e => e with
            {
                Problem = M(e.Problem), CustomerMood = M(e.CustomerMood), CustomerExpectation = M(e.CustomerExpectation),
                ActionsTaken = M(e.ActionsTaken), Decision = N(e.Decision),
            })],
            Clocks = v.Clocks with
            {
                Pauses = [.. v.Clocks.Pauses.Select(p => p with { Reason = M(p.Reason) })],
                Extensions = [.. v.Clocks.Extensions.Select(x => x with { Reason = M(x.Reason), DecisionComment = N(x.DecisionComment) })],
            },
            Survey = v.Survey is { } s ? s with { Comment = N(s.Comment) } : null,
        };
    }

    private static ComplaintView Unmasked(Complaint c, Clocks.SlaRules? rules, DateTimeOffset? now) => new(
        c.Id, c.Number, c.Status, c.Version,
        new CustomerView(c.Customer.Name, c.Customer.Phone, c.Customer.Email, c.Customer.NationalId, c.Customer.CustomerReference,
            c.Customer.PreferredLanguage),
        c.Channel, c.ReceivedAt, c.RegisteredAt, c.ResponseDueAt, c.CategoryId, c.Priority, c.Description, c.DesiredOutcome,
        new AssignmentView(c.DepartmentId, c.AssigneeId, c.AssigneeName, c.AssigneeStaffNumber, c.AssignedByName, c.AssignedAt),
        c.Resolution, c.ResolvedAt, c.Feedback, c.Closure, c.AppealCount, c.EscalationLevel, c.UpdatedAt,
        c.Steps.OrderBy(s => s.RecordedAt).Select(s => new StepView(s.Id, s.Kind, s.Text, s.CustomerVisible, s.AuthorName, s.AuthorStaffNumber, s.RecordedAt, s.DueAt,
            s.PromiseState)).ToList(),
        c.Appeals.OrderBy(a => a.Ordinal).Select(a => new AppealView(a.Ordinal, a.Reason, a.RecordedByName, a.RecordedAt)).ToList(),
        c.Escalations.OrderBy(e => e.Level).Select(e => new EscalationView(e.Level, e.Problem, e.CustomerMood, e.CustomerExpectation,
            e.ActionsTaken, e.Urgency, e.RaisedByName, e.RaisedAt, e.Decision, e.DecidedByName, e.DecidedAt)).ToList(),
        ClocksView.From(c, rules, now ?? c.UpdatedAt),
        c.Survey);
}
