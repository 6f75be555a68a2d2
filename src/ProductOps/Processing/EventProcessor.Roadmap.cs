using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>Which roadmaps an applied event touches: the item's own repository's, and every roadmap built from the item's project.</summary>
public sealed partial class EventProcessor
{
    /// <summary>An item left a board: nothing to score, the roadmaps built from the board are refreshed.</summary>
    private async Task<ProcessingOutcome> BoardChangedAsync(Events.TrackerEvent ev, BoardChanged board, CancellationToken ct)
    {
        await MarkProjectRoadmapsAsync(board.ProjectId, ct);
        return Ignore(ev, board.Reason);
    }

    private async Task MarkRoadmapsAsync(ItemKey? item, BoardCard? card, string? scope, CancellationToken ct)
    {
        if (roadmap is null)
        {
            return;
        }
        if (item is { } key)
        {
            await roadmap.MarkDirtyAsync(key, scope, ct);
        }
        if (card is not null)
        {
            await MarkProjectRoadmapsAsync(card.ProjectId, ct);
        }
    }

    private async Task MarkProjectRoadmapsAsync(string projectId, CancellationToken ct)
    {
        if (roadmap is null || projectLinks is null)
        {
            return;
        }
        foreach (var link in await projectLinks.ListAsync(projectId, ct))
        {
            // The roadmap refreshes with its own installation, which may differ from the item's.
            await roadmap.MarkDirtyAsync(new ItemKey(link.Provider, link.Container, RoadmapRefresher.LockId), link.Scope, ct);
        }
    }
}
