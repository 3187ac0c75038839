using ComplaintDesk.Reporting;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Ui;

/// <summary>The CSV downloads of report lists and tables, with column titles in the reader's language (API and pages alike).</summary>
public sealed class ReportCsv(IStringLocalizer<SharedResource> S)
{
    public byte[] Rows(IEnumerable<ReportRow> rows) => CsvExport.Write(
        [S["Complaint number"], S["Status"], S["Channel"], S["Received At"], S["Category"], S["Handler"], S["Staff Number"],
            S["Response due"], S["Closed at"], S["Rating"]],
        rows.Select(r => (IReadOnlyList<object?>)[r.Number, S.Enum(r.Status), S.Enum(r.Channel), r.ReceivedAt, Category(r), r.AssigneeName,
            r.AssigneeStaffNumber, r.ResponseDueAt, r.ClosedAt, r.Rating]));

    public byte[] Table(IEnumerable<BreakdownRow> rows) => CsvExport.Write(
        [S["Item"], S["Received"], S["Open"], S["Closed"], S["Overdue"], S["Surveys"], S["Average rating"]],
        rows.Select(r => (IReadOnlyList<object?>)[Label(r), r.Received, r.Open, r.Closed, r.Overdue, r.Surveyed,
            r.AverageRating is { } a ? Math.Round(a, 2) : null]));

    /// <summary>Category names in the reader's language; channels by their localized name.</summary>
    public string Label(BreakdownRow row) =>
        row.Key.StartsWith("channel:", StringComparison.Ordinal) && Enum.TryParse<ComplaintDesk.Complaints.Channel>(row.Label, out var channel)
            ? S.Enum(channel)
            : TextExtensions.IsChinese ? row.Label : row.LabelEn;

    public string Category(ReportRow row) => TextExtensions.IsChinese ? row.CategoryName : row.CategoryNameEn;
}
