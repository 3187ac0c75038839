using ComplaintDesk.Notifications;

namespace ComplaintDesk.UnitTests.Notifications;

public class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Shipped = new NotificationOptions().Schedule();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 30)]
    [InlineData(4, 120)]
    public void The_nth_failure_waits_the_nth_delay(int failures, int minutes) =>
        Shipped.NextAttempt(failures, Now).ShouldBe(Now.AddMinutes(minutes));

    [Fact]
    public void The_failure_after_the_last_delay_parks_the_message()
    {
        Shipped.MaxAttempts.ShouldBe(5);
        Shipped.NextAttempt(5, Now).ShouldBeNull();
    }

    [Fact]
    public void A_configured_schedule_replaces_the_default_one()
    {
        var options = new NotificationOptions { RetryDelays = [TimeSpan.FromSeconds(10)] };

        options.Schedule().NextAttempt(1, Now).ShouldBe(Now.AddSeconds(10));
        options.Schedule().NextAttempt(2, Now).ShouldBeNull();
    }

    [Fact]
    public void An_empty_schedule_parks_at_the_first_failure() =>
        new RetrySchedule([]).NextAttempt(1, Now).ShouldBeNull();

    [Fact]
    public void A_negative_delay_is_refused() =>
        Should.Throw<ArgumentException>(() => new RetrySchedule([TimeSpan.FromMinutes(-1)]));
}
