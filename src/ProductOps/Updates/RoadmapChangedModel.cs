namespace ProductOps.Updates;

/// <summary>The model of roadmap-changed: what moved between horizons or phases.</summary>
public sealed record RoadmapChangedModel(string Repository, string Provider, string Url, IReadOnlyList<RoadmapMoveModel> Moves);
