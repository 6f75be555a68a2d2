using System.Collections.Concurrent;

namespace ProductOps.Processing;

/// <summary>
/// What this instance last reported about each container's configuration, so an unchanged report plans
/// nothing (<see cref="ConfigReportPlanner"/>). In memory, as the read's cache is: after a restart a report is
/// planned once more, and the tracker finds its open issue already saying it (a look, no write).
/// </summary>
public sealed class ConfigReports
{
    private readonly ConcurrentDictionary<(string Provider, string Container), ConfigReportWrite> reported = new();

    public ConfigReportWrite? Known(string provider, string container) =>
        reported.TryGetValue((provider, container.ToLowerInvariant()), out var known) ? known : null;

    /// <summary>Called once the report is written (the plan applied), so a failed write is planned again.</summary>
    public void Remember(string provider, ConfigReportWrite write) =>
        reported[(provider, write.Container.ToLowerInvariant())] = write;
}
