namespace ProductOps.Roadmap;

/// <summary>A project roadmap's open items grouped by the project field <paramref name="Field"/>, groups in the field's order.</summary>
public sealed record RoadmapGrouping(string Field, IReadOnlyList<RoadmapGroup> Groups);
