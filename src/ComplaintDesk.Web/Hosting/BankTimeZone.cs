namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// The bank's one time zone, <c>Organization:TimeZone</c>: the date in complaint numbers, the times staff read and
/// type, the dates in messages to customers and the days of reports. One setting because they must agree: a complaint
/// received at 00:30 carries that day's number, counts on that day's dashboard bar and shows that date in its letter.
/// </summary>
public static class BankTimeZone
{
    public const string Key = "Organization:TimeZone";
    public const string Default = "Asia/Shanghai";

    /// <summary>Where each part read its zone before there was one setting; an installation may still set them.</summary>
    public static readonly IReadOnlyList<string> FormerKeys =
        ["Numbering:TimeZone", "Display:TimeZone", "Notifications:TimeZone", "Reporting:TimeZone"];

    /// <summary>The configured zone; refuses an unknown zone, and a former key that names another zone.</summary>
    public static string Read(IConfiguration configuration)
    {
        var zone = configuration[Key] is { Length: > 0 } configured ? configured : Default;
        // IANA only: the zone is also handed to PostgreSQL (AT TIME ZONE), which does not know Windows ids.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) || !found.HasIanaId)
            throw new InvalidOperationException($"{Key} '{zone}' is not a known IANA time zone (e.g. Asia/Shanghai).");
        foreach (var key in FormerKeys)
        {
            if (configuration[key] is { Length: > 0 } other && !string.Equals(other, zone, StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException(
                    $"{key} is '{other}' but {Key} is '{zone}'. The desk keeps one zone: set {Key} only and remove {key}.");
        }
        return zone;
    }
}
