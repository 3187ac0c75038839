namespace ComplaintDesk.Numbering;

/// <summary>The last number issued for one prefix on one registration day; see docs/decisions/0002-complaint-numbers.md.</summary>
public sealed class ComplaintNumberCounter
{
    private ComplaintNumberCounter() { }

    public string Prefix { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public long LastValue { get; private set; }
}
