namespace ProductOps.Roadmap;

/// <summary>One change between two versions; <paramref name="Item"/> is null for an item that left (it is no longer open).</summary>
public sealed record RoadmapChange(RoadmapChangeKind Kind, string Id, string Title, RoadmapItem? Item, string? From, string? To);
