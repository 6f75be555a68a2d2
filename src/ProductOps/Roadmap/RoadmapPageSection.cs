namespace ProductOps.Roadmap;

/// <summary>A horizon (Now, Next, Later) or a phase, with its items best first.</summary>
public sealed record RoadmapPageSection(string Name, IReadOnlyList<RoadmapItem> Items);
