using ComplaintDesk.Notifications.Templates;

namespace ComplaintDesk.Web.Api.Notifications;

/// <summary>A template; <c>version</c> is the concurrency token to send back as If-Match.</summary>
public sealed record TemplateView(string Key, string Language, bool ToCustomer, string Subject, string Body,
    IReadOnlyList<string> Placeholders, DateTimeOffset UpdatedAt, string? UpdatedBy, uint Version)
{
    public static TemplateView From(MessageTemplate t) => new(t.Key, t.Language, TemplateCatalog.IsForCustomer(t.Key), t.Subject, t.Body,
        [.. TemplateCatalog.PlaceholdersOf(t.Key).Order()], t.UpdatedAt, t.UpdatedBy, t.Version);
}
