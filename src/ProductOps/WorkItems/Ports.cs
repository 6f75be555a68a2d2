using ProductOps.Configuration;
using ProductOps.Events;

namespace ProductOps.WorkItems;

/// <summary>The board index: one record per work item.</summary>
public interface IItemStore
{
    Task<ItemRecord?> GetAsync(ItemKey key, CancellationToken ct);

    /// <summary>Saves the record if nobody else saved it since it was read: the saved record with its new version, or null on a conflict.</summary>
    Task<ItemRecord?> TrySaveAsync(ItemRecord record, CancellationToken ct);
}

/// <summary>Mutual exclusion per work item across every instance of the app.</summary>
public interface IItemLocks
{
    Task<IAsyncDisposable> AcquireAsync(ItemKey key, CancellationToken ct);
}

/// <summary>One tracker (GitHub, Jira): reads its events and opens sessions to write back.</summary>
public interface ITrackerProvider
{
    string Name { get; }

    /// <summary>
    /// Reads a queued delivery: a change to a work item, or the reason it is ignored. Asynchronous
    /// because some deliveries carry only part of the item (Jira's comment events) and the rest is
    /// fetched from the tracker.
    /// </summary>
    Task<EventReading> ReadAsync(TrackerEvent ev, CancellationToken ct);

    /// <summary>The writes and configuration for the installation or site the event came from.</summary>
    ITrackerSession Open(ItemEvent ev);

    /// <summary>A session for a repository or project as a whole (e.g. to reload its configuration).</summary>
    ITrackerSession OpenContainer(ConfigurationChanged ev);
}

/// <summary>An authenticated view of one installation or site: its writes and its configuration.</summary>
public interface ITrackerSession : ITracker
{
    Task<ProductOpsConfig> GetConfigAsync(ItemKey item, CancellationToken ct);

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

public abstract record EventReading;

/// <summary>A delivery about one work item. <paramref name="Scope"/> says where to write (e.g. the installation id).</summary>
public sealed record ItemEvent(WorkItem Item, string EventName, string Action, string? Scope) : EventReading
{
    /// <summary>Labels this event added (GitHub <c>labeled</c>: the payload's <c>label</c>); null when the event does not say.</summary>
    public IReadOnlyList<string>? AddedLabels { get; init; }

    /// <summary>Labels this event removed (GitHub <c>unlabeled</c>); null when the event does not say.</summary>
    public IReadOnlyList<string>? RemovedLabels { get; init; }
}

public sealed record IgnoredEvent(string Reason) : EventReading;

/// <summary>The configuration of a repository or project changed: reload it now, so errors are reported at once.</summary>
public sealed record ConfigurationChanged(string Container, string? Scope) : EventReading;
