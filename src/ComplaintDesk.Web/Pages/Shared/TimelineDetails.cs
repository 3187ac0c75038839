using System.Globalization;
using ComplaintDesk.Complaints.Timeline;
using ComplaintDesk.Complaints.Views;

namespace ComplaintDesk.Web.Pages.Shared;

/// <param name="Timeline">The entries and whether their hash chain verifies.</param>
/// <param name="ChangedAfter">Entries after this sequence arrived while the user was looking: they are highlighted.</param>
/// <param name="Mask">Free text is shown with long digit runs masked, for roles that must not see personal data.</param>
public sealed record TimelineModel(TimelineView Timeline, int? ChangedAfter, bool Mask);

/// <summary>The key facts of a timeline entry as label/value pairs, in the page's language.</summary>
public sealed class TimelineDetails(IStringLocalizer<SharedResource> s, TimeDisplay time, bool mask)
{
    public IEnumerable<(string Label, string Value)> Of(TimelineEntryView e)
    {
        var details = e.ReadDetails();
        if (mask) details = details?.MaskPersonalData();
        (string, string?)[] pairs = details switch
        {
            RegisteredDetails d => [(L("Channel"), s.Enum(d.Channel)), (L("Priority"), s.Enum(d.Priority)),
                (L("Response due"), time.Format(d.ResponseDueAt))],
            AssignedDetails d => [(L("Handler"), Person(d.HandlerName, d.HandlerStaffNumber))],
            StepRecordedDetails d => [(L("Kind"), s.Enum(d.Kind)), (L("Text"), d.Text), (L("Due At"), time.Format(d.DueAt))],
            ResolvedDetails d => [(L("Outcome"), d.Outcome), (L("Upheld"), YesNo(d.Upheld)),
                (L("Redress Amount"), d.RedressAmount?.ToString(CultureInfo.InvariantCulture))],
            FeedbackGivenDetails d => [(L("Channel"), s.Enum(d.Channel)), (L("Summary"), d.Summary)],
            ConfirmedDetails d => [(L("Customer Satisfied"), YesNo(d.CustomerSatisfied)), (L("Comment"), d.Comment)],
            AppealedDetails d => [(L("Reason"), d.Reason)],
            WithdrawnDetails d => [(L("Reason"), d.Reason)],
            ClosedDetails d => [(L("Comment"), d.Comment)],
            EscalatedDetails d => [(L("Problem"), d.Problem), (L("Urgency"), s.Enum(d.Urgency))],
            EscalationDecidedDetails d => [(L("Decision"), d.Decision)],
            _ => [],
        };
        return pairs.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => (p.Item1, p.Item2!));
    }

    private string L(string key) => s[key];

    private string YesNo(bool value) => value ? L("Yes") : L("No");

    private string Person(string? name, string? number) =>
        name is not null ? s["{0} (staff no. {1})", name, number ?? ""] : L("Department queue (no handler yet)");
}
