using Microsoft.Azure.WebJobs;
using ProductOps.Hosting;
using ProductOps.Updates.Digest;

namespace ProductOps.LocalHost.Triggers;

/// <summary>stakeholder-digest, as functions/Timers/StakeholderDigestFunction.cs declares it.</summary>
public sealed class StakeholderDigestTrigger(DigestRunner runner)
{
    [FunctionName(FunctionNames.StakeholderDigest)]
    public Task RunAsync([TimerTrigger(FunctionNames.DigestSchedule)] TimerInfo timer, CancellationToken ct) =>
        runner.RunAsync(ct);
}
