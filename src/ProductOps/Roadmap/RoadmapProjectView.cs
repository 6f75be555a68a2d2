using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// How a project roadmap differs from a repository's: items name their repository (<c>owner/repo#12</c>),
/// drafts have no link, and open items are also grouped by the group-by field as of <paramref name="Today"/>
/// (which iterations are done or current).
/// </summary>
public sealed record RoadmapProjectView(
    RoadmapGroupField? Field,
    IReadOnlyDictionary<ItemKey, RoadmapGroupValue> Values,
    IReadOnlySet<ItemKey> Drafts,
    DateOnly Today)
{
    /// <summary>Issues are <c>owner/repo#12</c>, so the same number in two repositories stays two items (in the history too).</summary>
    public RoadmapItem ItemOf(ItemRecord record) => Drafts.Contains(record.Key)
        ? RoadmapBuilder.ItemOf(record) with { Url = "", IsDraft = true }
        : RoadmapBuilder.ItemOf(record) with { Id = $"{record.Key.Container}#{record.Key.Id}", Repository = record.Key.Container };
}
