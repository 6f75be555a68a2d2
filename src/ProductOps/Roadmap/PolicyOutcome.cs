namespace ProductOps.Roadmap;

/// <summary>The configuration with refused targets removed, and why each was refused.</summary>
public sealed record PolicyOutcome(RoadmapConfig Config, IReadOnlyList<string> Refused);
