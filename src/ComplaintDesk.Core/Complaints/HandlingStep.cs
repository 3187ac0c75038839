namespace ComplaintDesk.Complaints;

/// <summary>One recorded step of the handling: a finding, a measure, a contact with the customer or an internal note.</summary>
public sealed class HandlingStep
{
    private HandlingStep() { }

    internal HandlingStep(HandlingStepKind kind, string text, bool customerVisible, DateTimeOffset? dueAt, Common.Actor author, DateTimeOffset at)
    {
        Kind = kind;
        Text = text;
        CustomerVisible = customerVisible;
        DueAt = dueAt;
        AuthorId = author.StaffId;
        AuthorName = author.Name;
        AuthorStaffNumber = author.StaffNumber;
        RecordedAt = at;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public HandlingStepKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public bool CustomerVisible { get; private set; }
    public long AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string AuthorStaffNumber { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>For a call-back promise: when the customer was promised the call.</summary>
    public DateTimeOffset? DueAt { get; private set; }
    /// <summary>When the deadline monitor queued the reminder for a call-back promise.</summary>
    public DateTimeOffset? ReminderQueuedAt { get; private set; }

    /// <summary>For a call-back promise: when a contact with the customer kept it.</summary>
    public DateTimeOffset? KeptAt { get; private set; }
    /// <summary>For a call-back promise: when the deadline monitor found it missed.</summary>
    public DateTimeOffset? BrokenAt { get; private set; }

    /// <summary>
    /// A promise is kept by any contact with the customer recorded after it was made, and broken when the deadline
    /// monitor finds its time and the grace after it passed without one.
    /// </summary>
    public CallbackState? PromiseState => Kind != HandlingStepKind.CallbackPromise ? null
        : KeptAt is not null ? CallbackState.Kept
        : BrokenAt is not null ? CallbackState.Broken
        : CallbackState.Pending;

    internal bool IsOpenPromise => Kind == HandlingStepKind.CallbackPromise && KeptAt is null && BrokenAt is null;

    internal void MarkReminded(DateTimeOffset at) => ReminderQueuedAt = at;

    internal void MarkKept(DateTimeOffset at) => KeptAt = at;

    internal void MarkBroken(DateTimeOffset at) => BrokenAt = at;
}
