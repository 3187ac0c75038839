using System.Globalization;
using System.Text.Json;

namespace ComplaintDesk.Notifications.Templates;

/// <summary>A notice's payload as the values its placeholders show, with instants written in business time.</summary>
public static class MessageValues
{
    public static Dictionary<string, string?> From(string payload, string language, TimeZoneInfo zone)
    {
        var values = new Dictionary<string, string?>();
        using var json = JsonDocument.Parse(payload);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
            values[property.Name] = value is not null && IsInstant(value, out var at) ? FormatInstant(at, language, zone) : value;
        }
        return values;
    }

    public static string FormatInstant(DateTimeOffset at, string language, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return language == MessageLanguages.Chinese
            ? local.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
    }

    // The aggregate writes instants in the round-trip format ("O"); nothing else in a payload parses as one.
    private static bool IsInstant(string value, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
}
