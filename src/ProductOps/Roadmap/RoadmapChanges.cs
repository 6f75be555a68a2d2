namespace ProductOps.Roadmap;

/// <summary>What changed since the version of <paramref name="Since"/>.</summary>
public sealed record RoadmapChanges(DateTimeOffset Since, IReadOnlyList<RoadmapChange> Items);
