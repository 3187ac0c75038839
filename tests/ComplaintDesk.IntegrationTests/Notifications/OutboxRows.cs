using ComplaintDesk.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.IntegrationTests.Notifications;

/// <summary>Outbox rows written straight into a test database, as a complaint's change would queue them.</summary>
public static class OutboxRows
{
    public static async Task<long> AddAsync(TestDatabase database, MessageChannel channel, string? address, string subject, string body,
        DateTimeOffset now, long? complaintId = null, bool parked = false)
    {
        await using var db = database.CreateContext();
        var message = NewMessage(channel, address, subject, body, now, complaintId);
        if (parked) message.Park("SMTP 550: mailbox unavailable");
        db.Outbox.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    public static async Task<IReadOnlyList<long>> AddManyAsync(TestDatabase database, int count, DateTimeOffset now)
    {
        await using var db = database.CreateContext();
        var messages = Enumerable.Range(1, count)
            .Select(i => NewMessage(MessageChannel.Email, $"customer{i}@example.com", $"通知 {i}", $"第 {i} 条", now, null)).ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync();
        return [.. messages.Select(m => m.Id)];
    }

    public static async Task<OutboxMessage> LoadAsync(TestDatabase database, long id)
    {
        await using var db = database.CreateContext();
        return await db.Outbox.AsNoTracking().Include(m => m.DeliveryAttempts).SingleAsync(m => m.Id == id);
    }

    private static OutboxMessage NewMessage(MessageChannel channel, string? address, string subject, string body, DateTimeOffset now,
        long? complaintId) =>
        new("Acknowledgement", channel, complaintId, null, address, JsonSerializer.Serialize(new { subject, body }), null, now);
}
