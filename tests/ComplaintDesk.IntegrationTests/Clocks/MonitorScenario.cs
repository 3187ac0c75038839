using ComplaintDesk.Clocks;
using ComplaintDesk.Common;
using ComplaintDesk.Escalations;
using ComplaintDesk.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.IntegrationTests.Clocks;

/// <summary>
/// A fresh database per test (the monitor looks at every complaint in it), complaints set up through the API, and
/// monitors built on an app's services with a clock the test moves.
/// </summary>
internal sealed class MonitorScenario(ApiFixture fx)
{
    public ComplaintScenario Cases => fx.Given;

    /// <summary>Received long enough ago that first contact and the decision are both overdue under any profile.</summary>
    public static DateTimeOffset LongAgo => DateTimeOffset.UtcNow.AddDays(-70);

    public static DeadlineMonitor Monitor(WebApplicationFactory<Program> app, TimeProvider clock, int batchSize = 50) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(), new BankClock(clock, app.Services.GetRequiredService<BankClock>().Zone),
        Options.Create(new SlaOptions { MonitorBatchSize = batchSize }),
        app.Services.GetRequiredService<ILogger<DeadlineMonitor>>());

    public async Task<List<ComplaintDeadline>> DeadlinesAsync(long complaintId)
    {
        await using var db = fx.Database.CreateContext();
        return await db.Deadlines.AsNoTracking().Where(d => d.ComplaintId == complaintId).OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<List<OutboxMessage>> OutboxAsync(string template)
    {
        await using var db = fx.Database.CreateContext();
        return await db.Outbox.AsNoTracking().Where(m => m.Template == template).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<Escalation>> EscalationsAsync(long complaintId)
    {
        await using var db = fx.Database.CreateContext();
        return await db.Escalations.AsNoTracking().Where(e => e.ComplaintId == complaintId).ToListAsync();
    }

    public async Task<List<TimelineEntryView>> TimelineAsync(long complaintId, TimelineEventType type)
    {
        var timeline = await Cases.TimelineAsync(complaintId);
        timeline.Intact.ShouldBeTrue();
        return [.. timeline.Entries.Where(e => e.Type == type)];
    }

    public long StaffId(string userName) => fx.Staff.ByUserName[userName].Id;
}
