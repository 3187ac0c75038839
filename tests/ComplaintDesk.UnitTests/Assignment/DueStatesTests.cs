using ComplaintDesk.Assignment;
using ComplaintDesk.Complaints;

namespace ComplaintDesk.UnitTests.Assignment;

public class DueStatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(3);

    [Theory]
    [InlineData(-1, ComplaintStatus.InProgress, DueState.Overdue)]
    [InlineData(-1, ComplaintStatus.Reopened, DueState.Overdue)]
    [InlineData(0, ComplaintStatus.Assigned, DueState.DueSoon)]
    [InlineData(71, ComplaintStatus.Registered, DueState.DueSoon)]
    [InlineData(72, ComplaintStatus.Registered, null)]
    [InlineData(-1, ComplaintStatus.AwaitingConfirmation, null)]
    [InlineData(-1, ComplaintStatus.Closed, null)]
    [InlineData(-1, ComplaintStatus.Withdrawn, null)]
    public void The_deadline_state_depends_on_the_hours_left_and_whether_the_clock_still_runs(int hoursLeft, ComplaintStatus status, DueState? expected) =>
        DueStates.Of(status, Now.AddHours(hoursLeft), Now, Window).ShouldBe(expected);
}
