using ComplaintDesk.Clocks;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Runs a <see cref="DeadlineMonitor"/> pass at start and then every <c>Sla:MonitorInterval</c>.</summary>
internal sealed class DeadlineMonitorService(DeadlineMonitor monitor, IOptions<SlaOptions> options, TimeProvider clock,
    ILogger<DeadlineMonitorService> logger) : PeriodicService(clock, logger)
{
    protected override string Name => "Deadline monitor";
    protected override string EnabledSetting => "Sla:MonitorEnabled";
    protected override bool Enabled => options.Value.MonitorEnabled;
    protected override TimeSpan Interval => options.Value.MonitorInterval;

    protected override Task RunAsync(CancellationToken ct) => monitor.RunOnceAsync(ct);
}
