namespace ComplaintDesk.Complaints;

/// <summary>Who a notice raised by the aggregate is for; the service that saves the change resolves the recipients.</summary>
public enum NoticeAudience
{
    Customer,
    /// <summary>The assigned handler, or the department's supervisors while nobody owns the complaint.</summary>
    Owner,
    DepartmentSupervisors,
    Managers,
}

/// <summary>
/// A message the change obliges the desk to send. The aggregate raises it; the saving service turns it into outbox
/// rows in the same transaction, so the message exists if and only if the change does.
/// </summary>
/// <param name="DedupeKey">Set when the same notice must never be queued twice (e.g. one warning per deadline).</param>
public sealed record ComplaintNotice(string Template, NoticeAudience Audience, IReadOnlyDictionary<string, string?> Data, string? DedupeKey = null);

public static class NoticeTemplates
{
    public const string ClockPaused = "clock-paused";
    public const string ClockResumed = "clock-resumed";
    public const string ExtensionRequested = "extension-requested";
    public const string DeadlineExtended = "deadline-extended";
    public const string DeadlineAtRisk = "deadline-at-risk";
    public const string DeadlineMissed = "deadline-missed";
    public const string CallbackDue = "callback-due";

    // To the customer: every message carries the signed link to the customer's view of the complaint.
    public const string Acknowledgement = "acknowledgement";
    public const string ResultFeedback = "result-feedback";
    public const string Closed = "closed";
    public const string SurveyInvitation = "survey-invitation";

    // To staff.
    public const string AssignedToYou = "assigned-to-you";
    public const string RecontactReminder = "recontact-reminder";
    public const string CallbackBroken = "callback-broken";
}
