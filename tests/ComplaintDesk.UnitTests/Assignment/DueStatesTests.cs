using ComplaintDesk.Assignment;

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
        DueStates.Of(status, Now.AddHours(hoursLeft), null, Now, Window).ShouldBe(expected);

    [Theory]
    [InlineData(-3, -2, DueState.Overdue)]
    [InlineData(-1, -2, null)]
    [InlineData(1, -2, null)]
    public void A_paused_clock_is_overdue_only_when_its_deadline_passed_before_the_pause(int hoursLeft, int pausedHoursAgo, DueState? expected) =>
        DueStates.Of(ComplaintStatus.InProgress, Now.AddHours(hoursLeft), Now.AddHours(pausedHoursAgo), Now, Window).ShouldBe(expected);
}
