namespace ProductOps.Roadmap;

/// <summary>The version now published and the one before it: "what changed" compares these two.</summary>
public sealed record RoadmapVersions(RoadmapSnapshot Current, RoadmapSnapshot? Previous);
