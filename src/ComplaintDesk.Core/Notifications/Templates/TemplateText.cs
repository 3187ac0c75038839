using System.Text.RegularExpressions;

namespace ComplaintDesk.Notifications.Templates;

/// <summary>Fills <c>{name}</c> placeholders. Pure, so the rules below are unit-tested.</summary>
public static partial class TemplateText
{
    /// <summary>
    /// A known placeholder without a value becomes empty (an optional detail left out); a name that is no placeholder
    /// at all stays as written, so a typo shows in the message instead of silently vanishing.
    /// </summary>
    public static string Render(string text, IReadOnlyDictionary<string, string?> values, IReadOnlySet<string> known) =>
        Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (values.TryGetValue(name, out var value)) return value ?? "";
            return known.Contains(name) ? "" : m.Value;
        });

    public static IReadOnlyList<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct()];

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
