namespace ComplaintDesk.Notifications;

/// <summary>An outbox message as the Admin's list shows it: the recipient masked, the payload left out.</summary>
public sealed record OutboxEntry(long Id, string Template, MessageChannel Channel, long? ComplaintId, string? Recipient, OutboxStatus Status,
    int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError)
{
    public static OutboxEntry From(OutboxMessage m, string? staffName) => new(m.Id, m.Template, m.Channel, m.ComplaintId,
        MaskedRecipient(m, staffName), m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError);

    private static string? MaskedRecipient(OutboxMessage m, string? staffName) => m.Channel switch
    {
        MessageChannel.Email => PersonalData.MaskEmail(m.RecipientAddress),
        MessageChannel.Sms => PersonalData.MaskPhone(m.RecipientAddress),
        _ => staffName,
    };
}
