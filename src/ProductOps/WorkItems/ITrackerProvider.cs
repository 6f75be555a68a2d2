using ProductOps.Configuration;
using ProductOps.Events;

namespace ProductOps.WorkItems;

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

    /// <summary>The writes for the installation or site the event came from.</summary>
    ITrackerSession Open(ItemEvent ev);

    /// <summary>A session for a repository or project as a whole (a comment on its roadmap issue, say).</summary>
    ITrackerSession OpenContainer(string container, string? scope);

    /// <summary>
    /// The configuration of a repository or project (<c>.github/product-ops.yml</c>, a Jira project's settings),
    /// read with the installation <paramref name="scope"/> names: a read apart from any session, cached by the adapter.
    /// It writes nothing: the problems it finds come back in the reading, and the processor plans their report.
    /// </summary>
    Task<ConfigReading> ReadConfigAsync(string container, string? scope, CancellationToken ct);

    /// <summary>
    /// Why a failed write about <paramref name="item"/> can never succeed (it does not exist, or the tracker
    /// refuses it for good), in words for the person reading the poison queue; null when a retry may pass.
    /// </summary>
    string? PermanentFailure(Exception failure, ItemKey item) => null;
}
