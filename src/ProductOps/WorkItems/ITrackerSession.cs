using ProductOps.Configuration;

namespace ProductOps.WorkItems;

/// <summary>An authenticated view of one installation or site: its writes and the reads that go with them.</summary>
public interface ITrackerSession : ITracker
{
    /// <summary>
    /// The item as the tracker shows it now, or null when it is gone: the tie-breaker when a
    /// delivery's timestamp cannot say which snapshot is newer, or cannot be trusted.
    /// </summary>
    Task<WorkItem?> ReadItemAsync(ItemKey item, CancellationToken ct);

    /// <summary>
    /// Whether Product Ops itself created the item (its roadmap issue, its configuration report):
    /// written by the app's own identity and carrying one of its markers. Such items are not work.
    /// </summary>
    Task<bool> IsOwnItemAsync(WorkItem item, CancellationToken ct);
}
