using System.Collections.Concurrent;
using ComplaintDesk.Notifications;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>A channel under the test's control: counts what it was given and fails while <see cref="Failing"/> is set.</summary>
public sealed class ScriptedSender(MessageChannel channel, TimeSpan? delay = null) : IMessageSender
{
    public MessageChannel Channel => channel;
    public bool Failing { get; set; }
    /// <summary>Deliveries per outbox message id.</summary>
    public ConcurrentDictionary<long, int> Deliveries { get; } = new();

    public async Task SendAsync(OutboxMessage message, ComposedMessage content, CancellationToken ct)
    {
        if (delay is { } wait) await Task.Delay(wait, ct);
        if (Failing) throw new MessageDeliveryException("channel down for the test");
        Deliveries.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
    }
}
