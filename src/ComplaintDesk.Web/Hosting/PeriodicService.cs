namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// A background job that runs once at start and then on every tick of its interval, on each instance that enables it.
/// A failed run (e.g. the database unreachable for a moment) is logged and the next tick tries again: the job keeps
/// going and the app keeps serving.
/// </summary>
internal abstract class PeriodicService(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The job's name in log lines.</summary>
    protected abstract string Name { get; }

    /// <summary>The setting that switches the job off, named in the log line when it is off.</summary>
    protected abstract string EnabledSetting { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            logger.LogInformation("{Job} is off on this instance ({Setting})", Name, EnabledSetting);
            return;
        }
        // Let start-up finish before the first run's queries.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Job} pass failed; next try in {Interval}", Name, Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
