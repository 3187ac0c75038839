using System.Globalization;

namespace ComplaintDesk.Web.Localization;

/// <summary>Shows instants in the bank's zone (<see cref="BankClock"/>) and turns typed local times back into instants.</summary>
public sealed class TimeDisplay(BankClock bank)
{
    private readonly TimeZoneInfo _zone = bank.Zone;

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

    /// <summary>A wall-clock time typed by staff, read in the configured zone.</summary>
    public DateTimeOffset FromInput(DateTime local) => bank.FromLocal(local);
}
