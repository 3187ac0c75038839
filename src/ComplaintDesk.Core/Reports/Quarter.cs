using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintDesk.Reports;

/// <summary>A calendar quarter as regulators' returns name it, written "2026Q3".</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    public DateOnly FirstDay => new(Year, 3 * Number - 2, 1);
    public DateOnly EndDay => FirstDay.AddMonths(3);

    public override string ToString() => $"{Year}Q{Number}";

    public const string Format = "The quarter must be written as the year, Q and its number, e.g. 2026Q3.";

    /// <exception cref="RuleViolationException">The text is not a quarter between 2000Q1 and 2999Q4.</exception>
    public static Quarter Parse(string? text, string field = "quarter") =>
        TryParse(text, out var quarter) ? quarter : throw new RuleViolationException(field, Format);

    public static bool TryParse(string? text, out Quarter quarter)
    {
        var m = Pattern().Match(text?.Trim() ?? "");
        quarter = m.Success ? new Quarter(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value[0] - '0') : default;
        return m.Success;
    }

    public static Quarter Containing(DateOnly day) => new(day.Year, (day.Month + 2) / 3);

    [GeneratedRegex("^(2[0-9]{3})[Qq]([1-4])$")]
    private static partial Regex Pattern();
}
