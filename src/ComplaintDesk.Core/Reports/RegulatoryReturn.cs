namespace ComplaintDesk.Reports;

/// <summary>
/// One line of the quarterly return. Every complaint open during the quarter is counted once per table:
/// <c>OpenAtStart + Opened = Upheld + PartlyUpheld + NotUpheld + Withdrawn + OpenAtEnd</c>.
/// </summary>
/// <param name="Key">A category code, a channel name, or "TOTAL".</param>
public sealed record RegulatoryLine(
    string Key, string Name, string NameEn,
    int OpenAtStart, int Opened, int Upheld, int PartlyUpheld, int NotUpheld, int Withdrawn, int OpenAtEnd)
{
    public int Closed => Upheld + PartlyUpheld + NotUpheld + Withdrawn;
}

/// <summary>The regulatory complaint statistics of a quarter (layout and sources: docs/reports.md).</summary>
/// <param name="From">Start of the quarter's first day in the bank's time zone.</param>
/// <param name="To">Start of the next quarter (exclusive).</param>
public sealed record RegulatoryReturn(
    Quarter Quarter, DateTimeOffset From, DateTimeOffset To,
    IReadOnlyList<RegulatoryLine> ByCategory, IReadOnlyList<RegulatoryLine> ByChannel, RegulatoryLine Total);
