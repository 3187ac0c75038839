namespace ComplaintDesk.Demo.Volume;

/// <summary>
/// When complaints arrive: spread over the last years with a rising trend, fewer at weekends, a dip around the Spring
/// Festival and the October holiday, peaks after the November shopping festival; mostly in office hours, Beijing time.
/// </summary>
internal sealed class ArrivalSampler
{
    public static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    // Monday first.
    private static readonly double[] Weekday = [1.25, 1.15, 1.1, 1.05, 1.0, 0.55, 0.45];
    private static readonly double[] Month = [1.0, 0.7, 1.15, 1.0, 0.95, 1.05, 1.0, 1.0, 1.0, 0.8, 1.2, 1.15];
    // Weight of each hour of the day from 08:00 to 20:00.
    private static readonly double[] Hour = [3, 8, 10, 9, 6, 7, 9, 9, 8, 6, 4, 3, 2];

    private readonly DateOnly _first;
    private readonly double[] _cumulativeDays;
    private readonly double[] _cumulativeHours;
    private readonly DateTimeOffset _now;

    public ArrivalSampler(DateTimeOffset now, int days)
    {
        _now = now;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Beijing).DateTime);
        _first = today.AddDays(1 - days);
        _cumulativeDays = new double[days];
        var total = 0.0;
        for (var i = 0; i < days; i++)
        {
            var day = _first.AddDays(i);
            var trend = 0.7 + 0.3 * i / days;
            total += trend * Weekday[((int)day.DayOfWeek + 6) % 7] * Month[day.Month - 1];
            _cumulativeDays[i] = total;
        }
        _cumulativeHours = Cumulative(Hour);
    }

    public DateTimeOffset Next(Random random)
    {
        var day = _first.AddDays(Pick(_cumulativeDays, random));
        var hour = 8 + Pick(_cumulativeHours, random);
        var local = day.ToDateTime(new TimeOnly(hour, 0)).AddSeconds(random.Next(3600));
        var at = new DateTimeOffset(local, Beijing.GetUtcOffset(local));
        // Today's arrivals cannot be later than now.
        return at <= _now ? at : _now.AddMinutes(-random.Next(1, 600));
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return index >= 0 ? index : ~index;
    }

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++) sums[i] = total += weights[i];
        return sums;
    }
}
