using ComplaintDesk.CustomerPortal;
using ComplaintDesk.Web.Hosting;

namespace ComplaintDesk.Web.Pages.Customer;

/// <summary>
/// The public look-up: complaint number and phone number open a fresh signed link to the complaint. A wrong number
/// and a wrong phone read alike; too many failures make the caller wait.
/// </summary>
public sealed class IndexModel(CustomerPortalService portal, IStringLocalizer<IndexModel> text) : PageModel
{
    [BindProperty] public LookupRequest Lookup { get; set; } = new(null, null);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var link = await portal.LookupAsync(Lookup, ClientAddress.Of(HttpContext), ct);
            return Redirect(CustomerLinks.ViewPath + link.Token);
        }
        catch (LookupFailedException)
        {
            ModelState.AddModelError("", text["We found no complaint with this number and phone number. Please check both and try again."]);
            return Page();
        }
        catch (TooManyAttemptsException e)
        {
            Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError("", text["Too many attempts. Please try again in {0} minutes.", (int)Math.Ceiling(e.RetryAfter.TotalMinutes)]);
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }
    }
}
