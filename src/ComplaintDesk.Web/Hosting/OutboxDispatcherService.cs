using ComplaintDesk.Notifications;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> passes: straight on while passes come back with a full batch, otherwise every
/// <c>Notifications:PollInterval</c>.
/// </summary>
internal sealed class OutboxDispatcherService(OutboxDispatcher dispatcher, IOptions<NotificationOptions> options, TimeProvider clock,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DispatcherEnabled)
        {
            logger.LogInformation("Outbox dispatcher is off on this instance (Notifications:DispatcherEnabled)");
            return;
        }
        // Let start-up finish before the first pass's queries.
        await Task.Yield();
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        do
        {
            try
            {
                while ((await dispatcher.RunOnceAsync(stoppingToken)).Claimed >= settings.BatchSize) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // E.g. the database is unreachable for a moment: claims lapse, the next tick tries again.
                logger.LogError(e, "Outbox dispatcher pass failed; next try in {Interval}", settings.PollInterval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
