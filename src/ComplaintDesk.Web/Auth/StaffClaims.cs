using System.Security.Claims;

namespace ComplaintDesk.Web.Auth;

public static class StaffClaims
{
    public const string DisplayName = "cd:display_name";
    public const string StaffNumber = "cd:staff_number";

    public static ClaimsPrincipal CreatePrincipal(StaffMember staff, string authenticationScheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, staff.Id.ToString()),
            new(ClaimTypes.Name, staff.UserName),
            new(DisplayName, staff.DisplayName),
            new(StaffNumber, staff.StaffNumber),
        };
        claims.AddRange(staff.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationScheme));
    }

    public static Actor ToActor(this ClaimsPrincipal user) => new(
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.FindFirstValue(DisplayName)!,
        user.FindFirstValue(StaffNumber)!,
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray());
}
