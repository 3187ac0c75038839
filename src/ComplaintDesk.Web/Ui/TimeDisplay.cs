using System.Globalization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Ui;

public sealed class DisplayOptions
{
    /// <summary>IANA zone in which staff read and type times: the bank's zone (<see cref="Hosting.BankTimeZone"/>).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

/// <summary>Shows instants in the configured zone and turns typed local times back into instants.</summary>
public sealed class TimeDisplay(IOptions<DisplayOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public string Format(DateTimeOffset? instant)
    {
        if (instant is null) return "";
        var local = TimeZoneInfo.ConvertTime(instant.Value, _zone);
        var culture = CultureInfo.CurrentCulture;
        return local.ToString(culture.Name.StartsWith("zh", StringComparison.Ordinal) ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm", culture);
    }

    public string FormatDate(DateTimeOffset? instant)
    {
        if (instant is null) return "";
        var local = TimeZoneInfo.ConvertTime(instant.Value, _zone);
        var culture = CultureInfo.CurrentCulture;
        return local.ToString(culture.Name.StartsWith("zh", StringComparison.Ordinal) ? "yyyy年M月d日" : "d MMM yyyy", culture);
    }

    /// <summary>The value for an &lt;input type="datetime-local"&gt;.</summary>
    public string ToInput(DateTimeOffset? instant) =>
        instant is null ? "" : TimeZoneInfo.ConvertTime(instant.Value, _zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>A wall-clock time typed by staff, read in the configured zone.</summary>
    public DateTimeOffset FromInput(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, _zone.GetUtcOffset(unspecified));
    }
}
