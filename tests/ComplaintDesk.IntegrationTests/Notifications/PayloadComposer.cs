using ComplaintDesk.Notifications;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>
/// Stands in for the template composer: the payload's "subject" and "body" are the message (the template key when the
/// payload has no subject), so a test decides exactly what each channel must carry.
/// </summary>
public sealed class PayloadComposer : IMessageComposer
{
    public Task<ComposedMessage> ComposeAsync(OutboxMessage message, DateTimeOffset now, CancellationToken ct)
    {
        using var payload = JsonDocument.Parse(message.Payload);
        var subject = payload.RootElement.TryGetProperty("subject", out var s) ? s.GetString()! : message.Template;
        var body = payload.RootElement.TryGetProperty("body", out var b) ? b.GetString()! : message.Payload;
        return Task.FromResult(new ComposedMessage(subject, body, "zh-CN"));
    }
}
