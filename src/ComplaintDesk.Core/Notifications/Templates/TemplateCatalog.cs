namespace ComplaintDesk.Notifications.Templates;

/// <summary>
/// Every message key, who reads it and the placeholders its notice fills (docs/notifications.md lists them with their
/// meaning). An edited template may use only these.
/// </summary>
public static class TemplateCatalog
{
    /// <summary>What every customer message can say: the aggregate adds the first three, the composer the link.</summary>
    private static readonly string[] Customer = ["number", "customerName", "deadline", "link"];

    private static readonly Dictionary<string, (bool ToCustomer, string[] Placeholders)> Entries = new()
    {
        [NoticeTemplates.Acknowledgement] = (true, [.. Customer, "receivedAt", "channel"]),
        [NoticeTemplates.ClockPaused] = (true, [.. Customer, "reason"]),
        [NoticeTemplates.ClockResumed] = (true, [.. Customer]),
        [NoticeTemplates.DeadlineExtended] = (true, [.. Customer, "reason"]),
        [NoticeTemplates.ResultFeedback] = (true, [.. Customer, "handlerName", "handlerStaffNo", "result", "measures", "improvementPlan", "summary"]),
        [NoticeTemplates.Closed] = (true, [.. Customer, "closedAt", "appealUntil", "handlerName", "handlerStaffNo"]),
        [NoticeTemplates.SurveyInvitation] = (true, [.. Customer, "handlerName", "handlerStaffNo"]),
        [NoticeTemplates.ExtensionRequested] = (false, ["number", "reason", "proposedDueAt"]),
        [NoticeTemplates.DeadlineAtRisk] = (false, ["number", "target", "dueAt"]),
        [NoticeTemplates.DeadlineMissed] = (false, ["number", "target", "dueAt"]),
        [NoticeTemplates.CallbackDue] = (false, ["number", "dueAt", "text"]),
        [NoticeTemplates.AssignedToYou] = (false,
            ["number", "assignedByName", "assignedByStaffNo", "handlerName", "handlerStaffNo", "deadline", "priority"]),
        [NoticeTemplates.RecontactReminder] = (false, ["number", "customerName", "deadline", "dueAt"]),
        [NoticeTemplates.CallbackBroken] = (false, ["number", "customerName", "dueAt", "text"]),
    };

    public static IReadOnlyCollection<string> Keys => Entries.Keys;

    public static bool Exists(string key) => Entries.ContainsKey(key);

    public static bool IsForCustomer(string key) => Entries.TryGetValue(key, out var e) && e.ToCustomer;

    public static IReadOnlySet<string> PlaceholdersOf(string key) =>
        Entries.TryGetValue(key, out var e) ? e.Placeholders.ToHashSet() : new HashSet<string>();
}
