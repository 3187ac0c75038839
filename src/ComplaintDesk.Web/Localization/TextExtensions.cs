using Microsoft.AspNetCore.Mvc.Rendering;

namespace ComplaintDesk.Web.Localization;

public static class TextExtensions
{
    /// <summary>An enum value in the page's language, e.g. ComplaintStatus.InProgress → 处理中.</summary>
    public static string Enum<T>(this IStringLocalizer localizer, T value) where T : struct, System.Enum =>
        localizer[$"{typeof(T).Name}.{value}"];

    public static string Role(this IStringLocalizer localizer, string role) => localizer[$"Role.{role}"];

    /// <summary>Who did something: a person with their staff number, or the deadline monitor in the page's language.</summary>
    public static string Actor(this IStringLocalizer localizer, string name, string staffNumber) =>
        staffNumber == Clocks.DeadlineMonitor.Actor.StaffNumber ? localizer["Deadline monitor"] : localizer["{0} (staff no. {1})", name, staffNumber];

    public static bool IsChinese => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static IEnumerable<SelectListItem> EnumOptions<T>(this IStringLocalizer localizer, T? selected = null)
        where T : struct, System.Enum =>
        System.Enum.GetValues<T>().Select(v => new SelectListItem(localizer.Enum(v), v.ToString(), selected?.Equals(v) == true));
}
