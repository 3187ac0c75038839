using ComplaintDesk.Notifications;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> passes: straight on while passes come back with a full batch, otherwise every
/// <c>Notifications:PollInterval</c>.
/// </summary>
internal sealed class OutboxDispatcherService(OutboxDispatcher dispatcher, IOptions<NotificationOptions> options, TimeProvider clock,
    ILogger<OutboxDispatcherService> logger) : PeriodicService(clock, logger)
{
    protected override string Name => "Outbox dispatcher";
    protected override string EnabledSetting => "Notifications:DispatcherEnabled";
    protected override bool Enabled => options.Value.DispatcherEnabled;
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task RunAsync(CancellationToken ct)
    {
        while ((await dispatcher.RunOnceAsync(ct)).Claimed >= options.Value.BatchSize) { }
    }
}
