using System.Globalization;

namespace ComplaintDesk.Reports;

/// <summary>Months as the API and the page write them: "2026-02".</summary>
public static class ReportMonth
{
    public const string Invalid = "'Month' must be a month from 2000-01 to 2999-12, written yyyy-MM, e.g. 2026-02.";

    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        if (text is not { Length: 7 } || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            return false;
        month = first;
        return ReportFilter.IsReportable(first);
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
