namespace ProductOps.Gates;

/// <summary>The item may not jump forward over a phase (moving back is never a skip).</summary>
public sealed record NoSkipping : GateCriterion;
