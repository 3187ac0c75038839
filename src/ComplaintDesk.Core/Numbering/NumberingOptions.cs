namespace ComplaintDesk.Numbering;

public sealed class NumberingOptions
{
    public const string Section = "Numbering";

    /// <summary>Letters before the date, e.g. TS in TS20261122000123.</summary>
    public string Prefix { get; set; } = "TS";

    /// <summary>Minimum digits of the daily counter (more are used when a day exceeds them).</summary>
    public int CounterDigits { get; set; } = 6;
}
