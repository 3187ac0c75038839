using ComplaintDesk.Reports;

namespace ComplaintDesk.Web.Localization;

/// <summary>The quarterly return in the reader's language, for the page and both CSV downloads.</summary>
public static class RegulatoryText
{
    public static string LineName(this IStringLocalizer localizer, RegulatoryLine line) =>
        line.Key == RegulatoryReport.TotalKey ? localizer["Total"]
        : Enum.TryParse<Channel>(line.Key, out var channel) && line.Name == "" ? localizer.Enum(channel)
        : TextExtensions.IsChinese ? line.Name : line.NameEn;

    public static byte[] Csv(this IStringLocalizer localizer, RegulatoryReturn report) =>
        RegulatoryCsv.Write(report, text => localizer[text], localizer.LineName);
}
