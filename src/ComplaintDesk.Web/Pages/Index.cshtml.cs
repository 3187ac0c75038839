namespace ComplaintDesk.Web.Pages;

/// <summary>Sends each person to the page they start their day on.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(HomeOf(User));

    public static string HomeOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Supervisor) ? "/supervision/triage"
        : user.IsInRole(Roles.Handler) ? "/queue"
        : user.IsInRole(Roles.Counter) ? "/intake/new"
        : user.IsInRole(Roles.Manager) ? "/manager"
        : user.IsInRole(Roles.Admin) ? "/admin/staff"
        : "/account/access-denied";
}
