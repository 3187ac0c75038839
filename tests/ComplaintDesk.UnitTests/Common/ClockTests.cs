namespace ComplaintDesk.UnitTests.Common;

public class ClockTests
{
    [Fact]
    public void Normalize_converts_to_utc_and_truncates_to_microseconds()
    {
        var local = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);

        var normalized = Clock.Normalize(local);

        normalized.Offset.ShouldBe(TimeSpan.Zero);
        normalized.UtcDateTime.ShouldBe(new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234560));
        Clock.Normalize(normalized).ShouldBe(normalized);
    }
}
