namespace ComplaintDesk.Notifications.Templates;

/// <summary>Admin's side of the message wording: read every template, change the subject and body of one.</summary>
public sealed class TemplateAdministration(ComplaintDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<MessageTemplate>> ListAsync(CancellationToken ct) =>
        await db.MessageTemplates.AsNoTracking().OrderBy(t => t.Key).ThenBy(t => t.Language).ToListAsync(ct);

    public async Task<MessageTemplate> GetAsync(string key, string language, CancellationToken ct) =>
        await db.MessageTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key && t.Language == language, ct)
        ?? throw new NotFoundException("Message template", $"{key}/{language}");

    public async Task<MessageTemplate> UpdateAsync(string key, string language, TemplateRequest r, Actor by, uint? expectedVersion,
        CancellationToken ct)
    {
        var template = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Key == key && t.Language == language, ct)
            ?? throw new NotFoundException("Message template", $"{key}/{language}");
        if (expectedVersion is { } v && v != template.Version)
            throw new ConcurrencyConflictException($"Template {key} ({language}) was changed by someone else; reload it and try again.", null);
        template.Update(r.Subject!, r.Body!, by, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Template {key} ({language}) was changed by someone else; reload it and try again.", null);
        }
        return template;
    }
}
