using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ComplaintDesk.Web.Pages.Admin.Sla;

/// <summary>
/// A stale edit of a calendar or policy. The shared page filter words conflicts for complaints, so these pages catch
/// the conflict themselves and show it in the same place, with the current values around the input kept.
/// </summary>
internal static class SettingsConflict
{
    public static void Show(ModelStateDictionary state, IStringLocalizer<SharedResource> shared) =>
        state.AddModelError(PageErrorFilter.ConflictKey,
            shared["Someone else changed these settings after you opened them. The current values are shown; your input is kept below."]);
}
