using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ComplaintDesk.Web.Pages.Account;

public sealed record SignInInput(string? UserName, string? Password);

public sealed class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator()
    {
        RuleFor(i => i.UserName).NotEmpty().MaximumLength(64);
        RuleFor(i => i.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class SignInModel(StaffService staff, IStringLocalizer<SignInModel> text) : PageModel
{
    [BindProperty] public SignInInput Input { get; set; } = new(null, null);
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(Destination()) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await staff.AuthenticateAsync(Input.UserName!, Input.Password!, ct);
        if (outcome.Staff is null)
        {
            // The same words for an unknown user and a wrong password, so the form does not confirm user names.
            ModelState.AddModelError("", outcome.Status == SignInStatus.LockedOut
                ? text["Too many failed attempts. The account is locked for a while; an administrator can unlock it."]
                : text["The user name or password is not correct."]);
            return Page();
        }
        var principal = StaffClaims.CreatePrincipal(outcome.Staff, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : IndexModel.HomeOf(principal));
    }

    private string Destination() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : IndexModel.HomeOf(User);
}
