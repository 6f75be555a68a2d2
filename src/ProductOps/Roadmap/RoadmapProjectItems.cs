using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// What a project roadmap reads from the tracker: the project's open and closed items (issues from any
/// repository carrying their card, drafts), each item's group-by value by key, and the group-by field
/// (null when the project has no field of that name, or none is configured).
/// </summary>
public sealed record RoadmapProjectItems(
    string ProjectId,
    string Title,
    IReadOnlyList<WorkItem> Items,
    IReadOnlyDictionary<ItemKey, RoadmapGroupValue> Values,
    RoadmapGroupField? Field);
