using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Api.Reports;

/// <summary>The CSV downloads of report lists and tables, with column titles in the reader's language (API and pages alike).</summary>
public sealed class ReportCsv(IStringLocalizer<SharedResource> S, TimeDisplay time)
{
    public byte[] Rows(IEnumerable<ReportRow> rows) => CsvExport.Write(
        [S["Complaint number"], S["Status"], S["Channel"], S["Received At"], S["Category"], S["Handler"], S["Staff Number"],
            S["Response due"], S["Closed at"], S["Rating"]],
        rows.Select(r => (IReadOnlyList<object?>)[r.Number, S.Enum(r.Status), S.Enum(r.Channel), Local(r.ReceivedAt), Category(r),
            r.AssigneeName, r.AssigneeStaffNumber, Local(r.ResponseDueAt), r.ClosedAt is { } closed ? Local(closed) : null, r.Rating]));

    /// <summary>Times in the bank's zone with their offset (2026-10-31T20:50:22+08:00), as the list page shows them.</summary>
    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, time.Zone);

    public byte[] Table(IEnumerable<BreakdownRow> rows) => CsvExport.Write(
        [S["Item"], S["Received"], S["Open"], S["Closed"], S["Overdue"], S["Surveys"], S["Average rating"]],
        rows.Select(r => (IReadOnlyList<object?>)[Label(r), r.Received, r.Open, r.Closed, r.Overdue, r.Surveyed,
            r.AverageRating is { } a ? Math.Round(a, 2) : null]));

    /// <summary>Category names in the reader's language; channels by their localized name.</summary>
    public string Label(BreakdownRow row) => Label(row.Key, row.Label, row.LabelEn);

    /// <inheritdoc cref="Label(BreakdownRow)"/>
    public string Label(string key, string label, string labelEn) =>
        key.StartsWith("channel:", StringComparison.Ordinal) && Enum.TryParse<ComplaintDesk.Complaints.Channel>(label, out var channel)
            ? S.Enum(channel)
            : TextExtensions.IsChinese ? label : labelEn;

    public string Category(ReportRow row) => TextExtensions.IsChinese ? row.CategoryName : row.CategoryNameEn;
}
