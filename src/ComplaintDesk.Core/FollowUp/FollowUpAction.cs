namespace ComplaintDesk.FollowUp;

public enum FollowUpAction
{
    None,
    Remind,
    Close,
}

/// <summary>How patiently the desk waits for the customer's answer to a result.</summary>
/// <param name="RecontactAfter">Time after the result (and after each reminder) before the handler is reminded again.</param>
/// <param name="RecontactAttempts">Reminders before the complaint is closed for no response.</param>
public sealed record FollowUpRules(TimeSpan RecontactAfter, int RecontactAttempts);
