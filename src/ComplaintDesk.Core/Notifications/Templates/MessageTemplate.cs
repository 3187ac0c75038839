namespace ComplaintDesk.Notifications.Templates;

/// <summary>
/// The wording of one message in one language, with <c>{placeholder}</c>s filled from the notice's values when it is
/// sent. Seeded by the migration for every key and language; an Admin edits the text, never the set.
/// </summary>
public sealed class MessageTemplate
{
    private MessageTemplate() { }

    public MessageTemplate(string key, string language, string subject, string body, DateTimeOffset now)
    {
        Key = key;
        Language = language;
        Subject = subject;
        Body = body;
        UpdatedAt = Clock.Normalize(now);
    }

    public string Key { get; private set; } = "";
    public string Language { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>"Name (staff number)" of the Admin who last changed it; null while it is the shipped text.</summary>
    public string? UpdatedBy { get; private set; }
    /// <summary>PostgreSQL's xmin, the If-Match version.</summary>
    public uint Version { get; private set; }

    /// <summary>Refuses placeholders the key's notice never fills: they would reach the customer as braces.</summary>
    public void Update(string subject, string body, Actor by, DateTimeOffset now)
    {
        foreach (var (field, text) in new[] { ("subject", subject), ("body", body) })
            if (TemplateText.Placeholders(text).Except(TemplateCatalog.PlaceholdersOf(Key)).FirstOrDefault() is { } unknown)
                throw new RuleViolationException(field,
                    $"{{{unknown}}} is not a placeholder of this message; use: {string.Join(", ", TemplateCatalog.PlaceholdersOf(Key).Select(p => $"{{{p}}}"))}.");
        Subject = subject;
        Body = body;
        UpdatedBy = $"{by.Name} ({by.StaffNumber})";
        UpdatedAt = Clock.Normalize(now);
    }
}
