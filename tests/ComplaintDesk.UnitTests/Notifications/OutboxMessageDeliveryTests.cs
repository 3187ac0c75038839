using ComplaintDesk.Notifications;

namespace ComplaintDesk.UnitTests.Notifications;

public class OutboxMessageDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule TwoRetries = new([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)]);

    private static OutboxMessage Message() => new("Acknowledgement", MessageChannel.Sms, 1, null, "13800001111", "{}", null, Now);

    [Fact]
    public void A_sent_message_records_its_attempt_and_cannot_be_sent_again()
    {
        var m = Message();

        m.MarkSent("a", Now);

        m.Status.ShouldBe(OutboxStatus.Sent);
        m.SentAt.ShouldBe(Now);
        m.DeliveryAttempts.ShouldHaveSingleItem().Outcome.ShouldBe(AttemptOutcome.Sent);
        Should.Throw<IllegalTransitionException>(() => m.MarkSent("a", Now));
        Should.Throw<IllegalTransitionException>(() => m.MarkFailed("x", "a", Now, TwoRetries));
    }

    [Fact]
    public void Failures_follow_the_schedule_and_the_one_after_the_last_delay_parks()
    {
        var m = Message();

        m.MarkFailed("timeout", "a", Now, TwoRetries);
        m.NextAttemptAt.ShouldBe(Now.AddMinutes(1));
        m.MarkFailed("timeout", "a", Now.AddMinutes(1), TwoRetries);
        m.NextAttemptAt.ShouldBe(Now.AddMinutes(6));
        m.MarkFailed("timeout again", "a", Now.AddMinutes(6), TwoRetries);

        m.Status.ShouldBe(OutboxStatus.Parked);
        m.Attempts.ShouldBe(3);
        m.LastError.ShouldBe("timeout again");
        m.DeliveryAttempts.Select(a => a.Number).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Only_a_parked_message_can_be_resent_and_it_starts_the_schedule_again()
    {
        var m = Message();
        Should.Throw<IllegalTransitionException>(() => m.Resend(Now));
        m.Park("gateway gone");

        m.Resend(Now.AddHours(1));

        m.Status.ShouldBe(OutboxStatus.Pending);
        m.NextAttemptAt.ShouldBe(Now.AddHours(1));
        m.Failures.ShouldBe(0);
        m.MarkFailed("still down", "a", Now.AddHours(1), TwoRetries);
        m.Status.ShouldBe(OutboxStatus.Pending);
    }

    [Fact]
    public void A_long_error_text_is_cut_to_the_column_length()
    {
        var m = Message();

        m.MarkFailed(new string('x', 5000), "a", Now, TwoRetries);

        m.LastError!.Length.ShouldBe(OutboxMessage.MaxErrorLength);
        m.DeliveryAttempts.Single().Error!.Length.ShouldBe(OutboxMessage.MaxErrorLength);
    }
}
