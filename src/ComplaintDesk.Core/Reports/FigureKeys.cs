using System.Globalization;
using ComplaintDesk.Clocks;

namespace ComplaintDesk.Reports;

/// <summary>
/// The stable names of the dashboard's figures, which the drill-down list accepts (docs/dashboard.md lists them):
/// <c>received</c>, <c>open:InProgress</c>, <c>sla:ack:missed</c>, <c>category:CARD</c>, <c>handler:12:overdue</c>…
/// </summary>
public static class FigureKeys
{
    /// <summary>What a breakdown row (per category, channel, handler, department) counts besides everything received.</summary>
    public static readonly IReadOnlyList<string> Measures = ["open", "closed", "overdue", "surveyed"];

    /// <summary>Root causes are grouped by their first 300 characters (0012_report_covering_index.sql).</summary>
    public const int RootCauseHeadLength = 300;

    public static readonly IReadOnlyDictionary<string, SlaTarget> SlaTargets = new Dictionary<string, SlaTarget>
    {
        ["ack"] = SlaTarget.Acknowledgement,
        ["contact"] = SlaTarget.FirstContact,
        ["resolution"] = SlaTarget.Resolution,
    };

    private static readonly IReadOnlyDictionary<string, string> Plain = new Dictionary<string, string>
    {
        ["received"] = FigureSql.Received,
        ["open"] = FigureSql.Open,
        ["closed"] = FigureSql.IsClosed,
        ["withdrawn"] = FigureSql.IsWithdrawn,
        ["overdue"] = FigureSql.Overdue,
        ["atrisk"] = FigureSql.AtRisk,
        ["decided"] = FigureSql.Decided,
        ["upheld"] = FigureSql.Upheld,
        ["redress"] = FigureSql.Redress,
        ["appealed"] = FigureSql.Appealed,
        ["surveyed"] = FigureSql.Surveyed,
        ["firstcontact"] = FigureSql.FirstContactMade,
        ["decision"] = FigureSql.DecisionGiven,
    };

    /// <summary>The figures of the dashboard's one-row summary, keyed as the drill-down accepts them.</summary>
    public static IEnumerable<(string Key, string Predicate)> Summary()
    {
        foreach (var (key, sql) in Plain) yield return (key, sql);
        foreach (var status in OpenStatuses) yield return ($"open:{status}", FigureSql.Status(status));
        foreach (var (slug, target) in SlaTargets)
        {
            yield return ($"sla:{slug}:met", FigureSql.SlaMet(target));
            yield return ($"sla:{slug}:missed", FigureSql.SlaMissed(target));
        }
        for (var rating = SatisfactionSurvey.LowestRating; rating <= SatisfactionSurvey.HighestRating; rating++)
            yield return ($"satisfaction:{rating}", FigureSql.Rating(rating));
    }

    public static IEnumerable<ComplaintStatus> OpenStatuses =>
        Enum.GetValues<ComplaintStatus>().Where(ComplaintRules.IsOpen);

    public static string Measure(string measure) => measure switch
    {
        "open" => FigureSql.Open,
        "closed" => FigureSql.IsClosed,
        "overdue" => FigureSql.Overdue,
        "surveyed" => FigureSql.Surveyed,
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    public static string Day(DateOnly day) => "day:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Week(DateOnly monday) => "week:" + monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>False for anything that names no figure; the caller answers 400.</summary>
    public static bool TryParse(string? key, TimeZoneInfo zone, out Figure figure)
    {
        figure = null!;
        if (string.IsNullOrEmpty(key) || key.Length > 1100) return false;
        if (Plain.TryGetValue(key, out var plain)) return Found(new(key, plain, [], key), out figure);
        var parts = key.Split(':', 2);
        if (parts.Length < 2) return false;
        var (kind, rest) = (parts[0], parts[1]);
        return kind switch
        {
            "open" => Enum.TryParse<ComplaintStatus>(rest, out var status) && OpenStatuses.Contains(status)
                && rest == status.ToString() && Found(new(key, FigureSql.Status(status), [], kind, rest), out figure),
            "satisfaction" => int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var rating)
                && rating is >= SatisfactionSurvey.LowestRating and <= SatisfactionSurvey.HighestRating
                && rest.Length == 1 && Found(new(key, FigureSql.Rating(rating), [], kind, rest), out figure),
            "sla" => TrySla(key, rest, out figure),
            "day" or "week" => TryPeriod(key, kind, rest, zone, out figure),
            "rootcause" => rest.Length is > 0 and <= RootCauseHeadLength
                && Found(new(key, "c.resolution_root_cause_head = @k0", [rest], kind, rest), out figure),
            "category" or "channel" or "handler" or "department" => TryBreakdown(key, kind, rest, out figure),
            _ => false,
        };
    }

    private static bool TrySla(string key, string rest, out Figure figure)
    {
        figure = null!;
        var parts = rest.Split(':');
        if (parts.Length != 2 || !SlaTargets.TryGetValue(parts[0], out var target)) return false;
        return parts[1] switch
        {
            "met" => Found(new(key, FigureSql.SlaMet(target), [], "sla", parts[0], parts[1]), out figure),
            "missed" => Found(new(key, FigureSql.SlaMissed(target), [], "sla", parts[0], parts[1]), out figure),
            _ => false,
        };
    }

    private static bool TryPeriod(string key, string kind, string rest, TimeZoneInfo zone, out Figure figure)
    {
        figure = null!;
        if (!DateOnly.TryParseExact(rest, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !ReportFilter.IsReportable(start)) return false;
        if (kind == "week" && start.DayOfWeek != DayOfWeek.Monday) return false;
        var end = start.AddDays(kind == "week" ? 7 : 1);
        return Found(new(key, "c.received_at >= @k0 AND c.received_at < @k1",
            [ReportFilter.StartOf(start, zone), ReportFilter.StartOf(end, zone)], kind, rest), out figure);
    }

    private static bool TryBreakdown(string key, string kind, string rest, out Figure figure)
    {
        figure = null!;
        var parts = rest.Split(':');
        if (parts.Length > 2 || parts[0].Length == 0) return false;
        var measure = parts.Length == 2 ? parts[1] : null;
        if (measure is not null && !Measures.Contains(measure)) return false;
        string? dimension = null;
        object? value = null;
        switch (kind)
        {
            case "category":
                (dimension, value) = ("c.category_id = (SELECT id FROM categories WHERE code = @k0)", parts[0]);
                break;
            case "channel" when Enum.TryParse<Channel>(parts[0], out var channel) && parts[0] == channel.ToString():
                (dimension, value) = ("c.channel = @k0", channel.ToString());
                break;
            case "handler" or "department" when long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0:
                (dimension, value) = (kind == "handler" ? "c.assignee_id = @k0" : "c.department_id = @k0", id);
                break;
        }
        if (dimension is null) return false;
        var predicate = measure is null ? dimension : $"{dimension} AND ({Measure(measure)})";
        return Found(new(key, predicate, [value!], kind, parts[0], measure), out figure);
    }

    private static bool Found(Figure parsed, out Figure figure)
    {
        figure = parsed;
        return true;
    }
}
