namespace ProductOps.Gates;

/// <summary>The item has a score from scoring and, when <paramref name="Min"/> is set, at least that score.</summary>
public sealed record ScoreRequired(double? Min) : GateCriterion;
