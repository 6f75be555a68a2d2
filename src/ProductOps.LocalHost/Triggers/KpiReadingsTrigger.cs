using Microsoft.Azure.WebJobs;
using ProductOps.Hosting;
using ProductOps.Outcomes;

namespace ProductOps.LocalHost.Triggers;

/// <summary>kpi-readings, as functions/Timers/KpiReadingsFunction.cs declares it.</summary>
public sealed class KpiReadingsTrigger(KpiPoller poller)
{
    [FunctionName(FunctionNames.KpiReadings)]
    public Task RunAsync([TimerTrigger(FunctionNames.KpiSchedule)] TimerInfo timer, CancellationToken ct) =>
        poller.RunAsync(ct);
}
