using ComplaintDesk.Sla;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Runs a <see cref="DeadlineMonitor"/> pass at start and then every <c>Sla:MonitorInterval</c>.</summary>
internal sealed class DeadlineMonitorService(DeadlineMonitor monitor, IOptions<SlaOptions> options, TimeProvider clock,
    ILogger<DeadlineMonitorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.MonitorEnabled)
        {
            logger.LogInformation("Deadline monitor is off on this instance (Sla:MonitorEnabled)");
            return;
        }
        // Let start-up finish before the first pass's queries.
        await Task.Yield();
        using var timer = new PeriodicTimer(settings.MonitorInterval, clock);
        do
        {
            try
            {
                await monitor.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // E.g. the database is unreachable for a moment: the next tick tries again, the app keeps serving.
                logger.LogError(e, "Deadline monitor pass failed; next try in {Interval}", settings.MonitorInterval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
