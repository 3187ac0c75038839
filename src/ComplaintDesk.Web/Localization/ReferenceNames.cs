using System.Globalization;
using ComplaintDesk.ReferenceData;

namespace ComplaintDesk.Web.Localization;

public static class ReferenceNames
{
    /// <summary>The category's name in the page's language.</summary>
    public static string DisplayName(this Category category) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? category.Name : category.NameEn;
}
