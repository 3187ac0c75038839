using ComplaintDesk.Notifications.Templates;

namespace ComplaintDesk.Web.Pages.Admin.Templates;

/// <summary>
/// Edits one template's subject and body. The form posts the version it was shown, so a change made meanwhile shows
/// as a conflict; a placeholder the message never fills is reported beside its field, with the input kept.
/// </summary>
public sealed class EditModel(TemplateAdministration templates, IStringLocalizer<EditModel> text, IStringLocalizer<SharedResource> shared)
    : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Language { get; set; } = "";
    public TemplateRequest Input { get; private set; } = new(null, null);
    public MessageTemplate Template { get; private set; } = null!;
    public IReadOnlyList<string> Placeholders => [.. TemplateCatalog.PlaceholdersOf(Key).Order()];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        Input = new TemplateRequest(Template.Subject, Template.Body);
    }

    public async Task<IActionResult> OnPostAsync(TemplateRequest input, uint? version, CancellationToken ct)
    {
        Input = input;
        try
        {
            await templates.UpdateAsync(Key, Language, input, User.ToActor(), version, ct);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(PageErrorFilter.ConflictKey,
                shared["Someone else changed these settings after you opened them. The current values are shown; your input is kept below."]);
            await ReloadAsync(ct);
            return Page();
        }
        catch (RuleViolationException e)
        {
            // The core's message names the placeholder in English; the page says it in the reader's language.
            var field = e.Field == "subject" ? input.Subject : input.Body;
            var unknown = TemplateText.Placeholders(field ?? "").Except(TemplateCatalog.PlaceholdersOf(Key)).FirstOrDefault() ?? "";
            ModelState.AddModelError(e.Field == "subject" ? "Input.Subject" : "Input.Body",
                text["{{{0}}} is not a placeholder of this message.", unknown]);
            await ReloadAsync(ct);
            return Page();
        }
        Message = text["The {0} template ({1}) was saved. Messages sent from now on use it.", Key, Language].Value;
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken ct) => Template = await templates.GetAsync(Key, Language, ct);
}
