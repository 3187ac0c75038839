using ComplaintDesk.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>
/// Reads a complaint's queued messages and delivers them the way the dispatcher does (compose, then the channel's
/// sender), through the app's own services, so these tests do not depend on the dispatcher's schedule.
/// </summary>
internal static class Deliveries
{
    public static async Task<List<OutboxMessage>> QueuedAsync(TestDatabase database, long complaintId, string template)
    {
        await using var db = database.CreateContext();
        return await db.Outbox.AsNoTracking().Where(m => m.ComplaintId == complaintId && m.Template == template).OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<ComposedMessage> ComposeAsync(ComplaintDeskApp app, OutboxMessage message, DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageComposer>().ComposeAsync(message, now, CancellationToken.None);
    }

    public static async Task DeliverAsync(ComplaintDeskApp app, OutboxMessage message)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var content = await scope.ServiceProvider.GetRequiredService<IMessageComposer>().ComposeAsync(message, DateTimeOffset.UtcNow, CancellationToken.None);
        var sender = scope.ServiceProvider.GetServices<IMessageSender>().Single(s => s.Channel == message.Channel);
        await sender.SendAsync(message, content, CancellationToken.None);
    }
}
