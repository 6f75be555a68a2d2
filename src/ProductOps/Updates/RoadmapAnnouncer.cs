using System.Text.Json;
using ProductOps.Configuration;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>
/// Announces what moved on a roadmap (roadmap-changed): each refresh compares every open item's horizon
/// with the placement recorded at the last refresh. The first refresh only records. Called under the
/// roadmap's lease, before the refresh saves its own state, so a failed refresh repeats the same
/// comparison and the same id, and each target hears of the change once.
/// </summary>
public sealed class RoadmapAnnouncer(IUpdateQueue queue, IRoadmapPlacements placements, TimeProvider clock) : IRoadmapChangeListener
{
    public async Task RefreshedAsync(string provider, string container, string? scope, RoadmapPage page, ProductOpsConfig config, string? roadmapIssue, CancellationToken ct)
    {
        var url = Url(page, config.Roadmap, roadmapIssue);
        var current = page.Horizons.SelectMany(h => h.Items.Select(i => (Item: i, Horizon: h.Name)))
            .GroupBy(p => p.Item.Id).ToDictionary(g => g.Key, g => g.First());
        var placed = current.ToDictionary(p => p.Key, p => p.Value.Horizon);
        var previous = await placements.GetAsync(provider, container, ct);
        if (previous is null || !config.Updates.Announces(UpdateTemplates.RoadmapChanged))
        {
            await placements.SaveAsync(provider, container, placed, ct);
            return;
        }

        var moves = Moves(previous, current.Values.Select(v => (v.Item, v.Horizon)).ToList());
        if (moves.Count > 0)
        {
            var id = UpdateMessage.IdFor(provider, container, UpdateTemplates.RoadmapChanged,
                Hashing.Sha256Hex(JsonSerializer.Serialize(previous.OrderBy(p => p.Key, StringComparer.Ordinal)) + JsonSerializer.Serialize(placed.OrderBy(p => p.Key, StringComparer.Ordinal))));
            var model = ModelJson.ToElement(new RoadmapChangedModel(container, provider, url ?? "", moves));
            foreach (var target in config.Updates.AnnounceTo.Where(t => t.Kind != UpdateTargetKind.Item))
            {
                await queue.EnqueueAsync(new UpdateMessage
                {
                    Id = id, Template = UpdateTemplates.RoadmapChanged, Provider = provider, Container = container, Scope = scope,
                    Target = target, Model = model, CreatedAt = clock.GetUtcNow(),
                }, ct);
            }
        }
        await placements.SaveAsync(provider, container, placed, ct);
    }

    /// <summary>Items whose horizon changed, arrived (from null) or left the roadmap (to null), in horizon order then id.</summary>
    public static IReadOnlyList<RoadmapMoveModel> Moves(IReadOnlyDictionary<string, string> previous, IReadOnlyList<(RoadmapItem Item, string Horizon)> current)
    {
        var moves = current
            .Where(c => !previous.TryGetValue(c.Item.Id, out var before) || before != c.Horizon)
            .Select(c => new RoadmapMoveModel(Model(c.Item), previous.GetValueOrDefault(c.Item.Id), c.Horizon))
            .ToList();
        var ids = current.Select(c => c.Item.Id).ToHashSet(StringComparer.Ordinal);
        moves.AddRange(previous.Where(p => !ids.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new RoadmapMoveModel(new ItemModel(p.Key, "#" + p.Key, "", "closed", [], [], null, null, null, null, null), p.Value, null)));
        return moves;
    }

    /// <summary>The roadmap's address on GitHub (the file, else the issue), from an item's address; none when it cannot be told.</summary>
    public static string? Url(RoadmapPage page, RoadmapConfig config, string? roadmapIssue)
    {
        var itemUrl = page.Horizons.SelectMany(h => h.Items).Select(i => i.Url).FirstOrDefault(u => u.Contains("/issues/", StringComparison.Ordinal));
        if (itemUrl is null)
        {
            return null;
        }
        var repository = itemUrl[..(itemUrl.LastIndexOf("/issues/", StringComparison.Ordinal) + 1)];
        return config.File is { } file ? $"{repository}blob/HEAD/{file.Path}"
            : roadmapIssue is not null ? $"{repository}issues/{roadmapIssue}"
            : null;
    }

    private static ItemModel Model(RoadmapItem i) => new(i.Id, i.Title, i.Url, "open", [], [], i.Phase, i.Score, i.Priority, i.Milestone, i.GateStatus);
}
