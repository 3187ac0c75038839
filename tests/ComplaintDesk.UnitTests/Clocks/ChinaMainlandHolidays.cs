using System.Text.RegularExpressions;
using ComplaintDesk.Data;

namespace ComplaintDesk.UnitTests.Clocks;

/// <summary>
/// The holidays and make-up working days (调休) of the shipped "CN" calendar, read from its seed in the SQL
/// migrations, so the tests reason about exactly the days a new database gets.
/// </summary>
internal static partial class ChinaMainlandHolidays
{
    public static IReadOnlyList<CalendarDay> Days { get; } = DatabaseMigrator.Scripts()
        .SelectMany(s => SeedRow().Matches(s.Sql))
        .Select(m => new CalendarDay(DateOnly.Parse(m.Groups["date"].Value), Enum.Parse<DayKind>(m.Groups["kind"].Value), m.Groups["name"].Value))
        .ToList();

    [GeneratedRegex(@"\('CN', DATE '(?<date>\d{4}-\d{2}-\d{2})', '(?<kind>\w+)', '(?<name>[^']*)'\)")]
    private static partial Regex SeedRow();
}
