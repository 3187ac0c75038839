using ComplaintDesk.Notifications.Templates;

namespace ComplaintDesk.Web.Pages.Admin.Templates;

/// <summary>Every message the desk sends, by key and language, with a link to edit each wording.</summary>
public sealed class IndexModel(TemplateAdministration templates) : PageModel
{
    public IReadOnlyList<MessageTemplate> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Templates = await templates.ListAsync(ct);
}
