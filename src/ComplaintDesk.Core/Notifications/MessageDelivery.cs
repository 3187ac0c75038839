namespace ComplaintDesk.Notifications;

/// <summary>A message ready to go: its template rendered in the recipient's language, links included.</summary>
public sealed record ComposedMessage(string Subject, string Body, string Language);

/// <summary>Renders an outbox message from its template and payload, at the moment it is sent.</summary>
public interface IMessageComposer
{
    Task<ComposedMessage> ComposeAsync(OutboxMessage message, DateTimeOffset now, CancellationToken ct);
}

/// <summary>One delivery channel (SMTP e-mail, an SMS gateway, the in-app inbox). Throws when the delivery failed.</summary>
public interface IMessageSender
{
    MessageChannel Channel { get; }

    Task SendAsync(OutboxMessage message, ComposedMessage content, CancellationToken ct);
}
