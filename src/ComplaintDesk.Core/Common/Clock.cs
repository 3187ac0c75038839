namespace ComplaintDesk.Common;

public static class Clock
{
    /// <summary>
    /// UTC, truncated to the microsecond PostgreSQL stores, so a value reads back exactly as it was hashed and compared.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }
}
