using ComplaintDesk.CustomerPortal;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Notifications.Templates;

/// <summary>
/// Renders an outbox message when it is sent: the template of its key in the reader's language (the customer's choice
/// at intake; the desk's configured language for staff), dates in business time, and for customers a link made now,
/// so a retried message never carries a link that expired while it waited.
/// </summary>
public sealed class MessageComposer(ComplaintDbContext db, CustomerLinks links, IOptions<NotificationOptions> options, BankClock bank)
    : IMessageComposer
{
    public async Task<ComposedMessage> ComposeAsync(OutboxMessage message, DateTimeOffset now, CancellationToken ct)
    {
        var language = await LanguageAsync(message, ct);
        var template = await db.MessageTemplates.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Key == message.Template && t.Language == language, ct)
            ?? throw new InvalidOperationException($"There is no {language} template for message '{message.Template}'.");

        var values = MessageValues.From(message.Payload, language, bank.Zone);
        if (message.Channel != MessageChannel.InApp && message.ComplaintId is { } complaintId)
            values["link"] = links.Url(complaintId, now);
        var known = TemplateCatalog.PlaceholdersOf(message.Template);
        return new ComposedMessage(TemplateText.Render(template.Subject, values, known), TemplateText.Render(template.Body, values, known), language);
    }

    private async Task<string> LanguageAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Channel == MessageChannel.InApp || message.ComplaintId is not { } complaintId)
            return Supported(options.Value.StaffLanguage);
        var preferred = await db.Complaints.AsNoTracking().Where(c => c.Id == complaintId)
            .Select(c => c.Customer.PreferredLanguage).FirstOrDefaultAsync(ct);
        return Supported(preferred);
    }

    private static string Supported(string? language) =>
        MessageLanguages.All.Contains(language) ? language! : MessageLanguages.Chinese;
}
