using System.Globalization;
using System.Text;
using CsvHelper;

namespace ComplaintDesk.Reports;

/// <summary>
/// Every list and table can be downloaded as CSV: UTF-8 with a byte-order mark, because Excel (the managers' tool)
/// reads a BOM-less file in the system code page and mangles Chinese text.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <param name="headers">Column titles in the reader's language.</param>
    /// <param name="rows">Cells in column order; dates and numbers are written invariantly (ISO 8601, '.' decimals).</param>
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in headers) csv.WriteField(header);
            csv.NextRecord();
            foreach (var row in rows)
            {
                if (row.Count != headers.Count)
                    throw new ArgumentException($"A row has {row.Count} cells for {headers.Count} columns.", nameof(rows));
                foreach (var cell in row) csv.WriteField(Format(cell));
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A file name that says what and for which period, e.g. "overdue-2026-10-01-to-2026-10-31.csv".</summary>
    public static string FileName(string what, ReportFilter period) => $"{what}-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}.csv";

    private static string Format(object? cell) => cell switch
    {
        null => "",
        // With the offset it carries: the caller puts times in the reader's zone, as the pages show them.
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
