namespace ComplaintDesk.Clocks;

/// <summary>Where an open complaint stands against its response deadline; queues and the case page highlight it.</summary>
public enum DeadlineState
{
    OnTrack,
    DueSoon,
    Overdue,
}
