namespace ComplaintDesk.Clocks;

/// <summary>A length of time as a policy states it, e.g. 15 calendar days or 3 business days.</summary>
public sealed record SlaSpan(int Amount, SlaUnit Unit)
{
    /// <summary>Long enough for any regulator's clock (the longest, China's extended review, is 60 days).</summary>
    public const int MaxAmount = 2000;

    public bool IsBusinessTime => Unit != SlaUnit.CalendarDays;

    public override string ToString() => $"{Amount} {Unit}";

    public static SlaSpan CalendarDays(int n) => new(n, SlaUnit.CalendarDays);
    public static SlaSpan BusinessDays(int n) => new(n, SlaUnit.BusinessDays);
    public static SlaSpan BusinessHours(int n) => new(n, SlaUnit.BusinessHours);
}
