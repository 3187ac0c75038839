using System.Security.Claims;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// The policy of each folder of staff pages: the pages' authorization conventions and the menu both read it, so a link
/// is shown exactly to those the page will let in.
/// </summary>
public static class PageAccess
{
    public static readonly IReadOnlyDictionary<string, string> FolderPolicies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["/Intake"] = Policies.Intake,
        ["/Queue"] = Policies.Handle,
        ["/Supervision"] = Policies.Assign,
        ["/Manager"] = Policies.ViewReports,
        ["/Reports"] = Policies.ViewReports,
        ["/Admin"] = Policies.Administer,
    };

    /// <summary>The policy of the folder a page address lies in ("/admin/sla/policies" → Administer); any staff member otherwise.</summary>
    public static string PolicyOf(string path)
    {
        var folder = "/" + path.TrimStart('/').Split('/')[0];
        return FolderPolicies.TryGetValue(folder, out var policy) ? policy : Policies.AnyStaff;
    }

    public static bool Allows(ClaimsPrincipal user, string path) => Policies.Allows(PolicyOf(path), user.IsInRole);
}
