using ComplaintDesk.CustomerPortal;
using ComplaintDesk.Handling.Steps;

namespace ComplaintDesk.Web.Pages.Customer;

/// <summary>
/// The complaint opened by a signed link: progress, result, and the answers the customer may give now (confirm or
/// appeal the result, then the survey). A tampered or expired link shows a plain page with the way back to the look-up.
/// </summary>
public sealed class ViewModel(CustomerPortalService portal, IStringLocalizer<ViewModel> text) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";
    [TempData] public string? Done { get; set; }

    public CustomerComplaintView? Complaint { get; private set; }
    public LinkState? Refused { get; private set; }
    public string? PostedForm { get; private set; }

    public CustomerConfirmRequest? Confirm { get; set; }
    public CustomerAppealRequest? Appeal { get; set; }
    public SurveyRequest? Survey { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Refused switch
        {
            LinkState.Expired => new PageResult { StatusCode = StatusCodes.Status410Gone },
            LinkState.Invalid => new PageResult { StatusCode = StatusCodes.Status404NotFound },
            _ => Page(),
        };
    }

    public async Task<IActionResult> OnPostConfirmAsync(CustomerConfirmRequest confirm, CancellationToken ct)
    {
        Confirm = confirm;
        if (!await AnsweredCurrentResultAsync(() => portal.ConfirmAsync(Token, confirm, ct), ct)) return Page();
        return Answered(text["Thank you. Your complaint is now closed."]);
    }

    public async Task<IActionResult> OnPostAppealAsync(CustomerAppealRequest appeal, CancellationToken ct)
    {
        Appeal = appeal;
        if (!await AnsweredCurrentResultAsync(() => portal.AppealAsync(Token, appeal, ct), ct)) return Page();
        return Answered(text["Your appeal has been received. We will look at your complaint again and contact you."]);
    }

    public async Task<IActionResult> OnPostSurveyAsync(SurveyRequest survey, CancellationToken ct)
    {
        Survey = survey;
        try
        {
            await portal.AnswerSurveyAsync(Token, survey, ct);
        }
        catch (IllegalTransitionException)
        {
            ModelState.AddModelError("", text["This survey has already been answered. Thank you."]);
            await ReloadAsync(ct);
            return Page();
        }
        return Answered(text["Thank you for your answer."]);
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        PostedForm = Request.Query["handler"].ToString();
        await LoadAsync(ct);
    }

    public bool IsPosted(string form) => string.Equals(PostedForm, form, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// False when the result changed after the page was opened: the customer is told so in words of their own (not
    /// the staff pages' edit conflict) and sees the current result before answering again.
    /// </summary>
    private async Task<bool> AnsweredCurrentResultAsync(Func<Task> answer, CancellationToken ct)
    {
        try
        {
            await answer();
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(PageErrorFilter.ConflictKey,
                text["The result has changed since you opened this page. Please read the current result below before you answer."]);
            await ReloadAsync(ct);
            return false;
        }
        catch (IllegalTransitionException)
        {
            // E.g. the complaint was reopened and is being looked at again, or this page was sent twice: the staff
            // pages' "not allowed while the complaint is …" means nothing to a customer.
            ModelState.AddModelError("", text["This answer is no longer possible. The current state of your complaint is shown below."]);
            await ReloadAsync(ct);
            return false;
        }
    }

    private RedirectResult Answered(string message)
    {
        Done = message;
        return Redirect(CustomerLinks.ViewPath + Token);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Complaint = await portal.GetAsync(Token, ct);
        }
        catch (CustomerLinkRefusedException e)
        {
            Refused = e.State;
        }
    }
}
