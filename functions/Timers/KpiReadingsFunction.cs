using Microsoft.Azure.Functions.Worker;
using ProductOps.Hosting;
using ProductOps.Outcomes;

namespace ProductOps.Functions.Timers;

/// <summary>KPI values read from their configured endpoints (NCRONTAB with seconds, UTC, from <c>Outcomes__KpiSchedule</c>).</summary>
public sealed class KpiReadingsFunction(KpiPoller poller)
{
    [Function(FunctionNames.KpiReadings)]
    public Task RunAsync([TimerTrigger(FunctionNames.KpiSchedule)] TimerInfo timer, CancellationToken ct) =>
        poller.RunAsync(ct);
}
