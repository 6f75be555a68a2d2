using Microsoft.Azure.Functions.Worker;
using ProductOps.Hosting;
using ProductOps.Updates.Digest;

namespace ProductOps.Functions.Timers;

/// <summary>
/// The scheduled stakeholder digest (NCRONTAB with seconds, UTC, from <c>Updates__DigestSchedule</c>).
/// The watermarks say what is due, so a missed or doubled run neither loses nor repeats anything.
/// </summary>
public sealed class StakeholderDigestFunction(DigestRunner runner)
{
    [Function(FunctionNames.StakeholderDigest)]
    public Task RunAsync([TimerTrigger(FunctionNames.DigestSchedule)] TimerInfo timer, CancellationToken ct) =>
        runner.RunAsync(ct);
}
