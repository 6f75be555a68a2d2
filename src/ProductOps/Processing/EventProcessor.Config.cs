using ProductOps.Configuration;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// The configuration as the processor reads it: a read that writes nothing, and a report of its problems
/// that is planned (<see cref="ConfigReportPlanner"/>) and applied like any other write.
/// </summary>
public sealed partial class EventProcessor
{
    private readonly ConfigReports reports = new();

    /// <summary>A push changed the file: read it again now, so its problems are reported (or its report closed) at once.</summary>
    private async Task<ProcessingOutcome> ConfigurationChangedAsync(ITrackerProvider provider, ConfigurationChanged changed, string deliveryId, CancellationToken ct)
    {
        var reading = await provider.ReadConfigAsync(changed.Container, changed.Scope, ct);
        if (PlanConfigReport(provider, changed.Container, reading) is { } report)
        {
            var session = provider.OpenContainer(changed.Container, changed.Scope);
            await PlanApplier.WriteAsync(new ItemKey(provider.Name, changed.Container, RoadmapRefresher.LockId), report, session, ct);
            reports.Remember(provider.Name, report);
        }
        LogConfigReloaded(changed.Container, deliveryId);
        // A new roadmap section (a project to list, a target) takes effect without waiting for an item event.
        await MarkRoadmapsAsync(new ItemKey(provider.Name, changed.Container, RoadmapRefresher.LockId), null, changed.Scope, ct);
        return ProcessingOutcome.Applied;
    }

    private ConfigReportWrite? PlanConfigReport(ITrackerProvider provider, string container, ConfigReading reading) =>
        ConfigReportPlanner.Plan(container, reading, reports.Known(provider.Name, container));

    /// <summary>Once the plan is applied, its report is what this instance has reported.</summary>
    private void RememberConfigReport(ITrackerProvider provider, ItemPlan plan)
    {
        foreach (var report in plan.Writes.OfType<ConfigReportWrite>())
        {
            reports.Remember(provider.Name, report);
        }
    }
}
