using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>Which roadmaps an applied event touches: the item's own repository's, and every roadmap built from the item's project.</summary>
public sealed partial class EventProcessor
{
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
        if (card is not null && projectLinks is not null)
        {
            foreach (var link in await projectLinks.ListAsync(card.ProjectId, ct))
            {
                // The roadmap refreshes with its own installation, which may differ from the item's.
                await roadmap.MarkDirtyAsync(new ItemKey(link.Provider, link.Container, RoadmapRefresher.LockId), link.Scope, ct);
            }
        }
    }
}
