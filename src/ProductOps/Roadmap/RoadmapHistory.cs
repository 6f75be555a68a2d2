namespace ProductOps.Roadmap;

/// <summary>
/// Keeps two versions of a roadmap's placements and tells what changed between them. A refresh whose placements
/// equal the current version's changes nothing stored and shows the same changes again, so rendering an unchanged
/// board twice gives the same page (and nothing is republished); a refresh with new placements makes the current
/// version the previous one.
/// </summary>
public static class RoadmapHistory
{
    /// <returns>The versions to keep (null when nothing needs saving) and the changes to show (null on the first version).</returns>
    public static (RoadmapVersions? Save, RoadmapChanges? Changes) Advance(RoadmapVersions? stored, RoadmapSnapshot current, RoadmapPage page)
    {
        if (stored is null)
        {
            return (new RoadmapVersions(current, null), null);
        }
        if (stored.Current.SamePlacements(current))
        {
            return (null, stored.Previous is { } previous ? Diff(previous, current, page) : null);
        }
        return (new RoadmapVersions(current, stored.Current), Diff(stored.Current, current, page));
    }

    /// <summary>New items, items that moved between horizons (or onto or off them), items that left (closed) and phase changes, in page order.</summary>
    public static RoadmapChanges Diff(RoadmapSnapshot before, RoadmapSnapshot after, RoadmapPage page)
    {
        var items = page.Phases.SelectMany(p => p.Items).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var order = page.Horizons.SelectMany(h => h.Items).Concat(page.Phases.SelectMany(p => p.Items)).Select(i => i.Id).Distinct().ToList();
        var changes = new List<RoadmapChange>();
        foreach (var id in order.Where(after.Items.ContainsKey))
        {
            var now = after.Items[id];
            var item = items.GetValueOrDefault(id);
            if (!before.Items.TryGetValue(id, out var was))
            {
                changes.Add(new(RoadmapChangeKind.New, id, now.Title, item, null, now.Horizon));
                continue;
            }
            if (was.Horizon != now.Horizon)
            {
                changes.Add(new(RoadmapChangeKind.Moved, id, now.Title, item, was.Horizon, now.Horizon));
            }
            if (was.Phase != now.Phase)
            {
                changes.Add(new(RoadmapChangeKind.Phase, id, now.Title, item, was.Phase, now.Phase));
            }
        }
        var shipped = page.Shipped.Select(s => s.Item.Id).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(before.Items.Where(b => !after.Items.ContainsKey(b.Key)).OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => new RoadmapChange(RoadmapChangeKind.Left, b.Key, b.Value.Title, null, b.Value.Horizon, shipped.Contains(b.Key) ? "shipped" : "closed")));
        return new RoadmapChanges(before.AsOf, changes.OrderBy(c => c.Kind).ToList());
    }
}
