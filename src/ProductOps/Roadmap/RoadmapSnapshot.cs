namespace ProductOps.Roadmap;

/// <summary>Every open item's placement on one version of the roadmap, and that version's "as of" time.</summary>
public sealed record RoadmapSnapshot(DateTimeOffset AsOf, IReadOnlyDictionary<string, Placement> Items)
{
    public static RoadmapSnapshot Of(RoadmapPage page)
    {
        var horizons = page.Horizons.SelectMany(h => h.Items.Select(i => (i.Id, h.Name))).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var items = page.Phases.SelectMany(p => p.Items)
            .GroupBy(i => i.Id)
            .ToDictionary(g => g.Key, g => new Placement(horizons.GetValueOrDefault(g.Key), g.First().Phase, g.First().Title), StringComparer.Ordinal);
        return new RoadmapSnapshot(page.AsOf ?? page.UpdatedAt ?? DateTimeOffset.UnixEpoch, items);
    }

    /// <summary>Same horizons and phases for the same items: a renamed item or a new KPI reading is not a new version.</summary>
    public bool SamePlacements(RoadmapSnapshot other) =>
        Items.Count == other.Items.Count &&
        Items.All(i => other.Items.TryGetValue(i.Key, out var o) && o.Horizon == i.Value.Horizon && o.Phase == i.Value.Phase);
}
