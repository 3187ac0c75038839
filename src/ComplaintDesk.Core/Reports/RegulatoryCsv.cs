namespace ComplaintDesk.Reports;

/// <summary>The quarterly return as one CSV table: the category lines, the channel lines, then the total.</summary>
public static class RegulatoryCsv
{
    /// <summary>Column titles in English; the caller translates them for the reader.</summary>
    public static readonly string[] Columns =
        ["Table", "Code", "Item", "Open at start", "Opened", "Closed in quarter", "Upheld in full", "Partly upheld", "Not upheld", "Withdrawn", "Open at end"];

    /// <param name="text">Translates a column title or a table name ("By business category", "By channel", "Total").</param>
    /// <param name="name">The line's name in the reader's language.</param>
    public static byte[] Write(RegulatoryReturn report, Func<string, string> text, Func<RegulatoryLine, string> name)
    {
        var lines = report.ByCategory.Select(l => (Table: "By business category", Line: l))
            .Concat(report.ByChannel.Select(l => (Table: "By channel", Line: l)))
            .Append((Table: "Total", Line: report.Total));
        return CsvExport.Write([.. Columns.Select(text)], lines.Select(x => (IReadOnlyList<object?>)
        [
            text(x.Table), x.Line.Key, name(x.Line), x.Line.OpenAtStart, x.Line.Opened, x.Line.Closed, x.Line.Upheld,
            x.Line.PartlyUpheld, x.Line.NotUpheld, x.Line.Withdrawn, x.Line.OpenAtEnd,
        ]));
    }

    public static string FileName(Quarter quarter) => $"regulatory-return-{quarter}.csv";
}
