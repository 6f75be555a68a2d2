namespace ProductOps.Gates;

/// <summary>None of the labels may be on the item.</summary>
public sealed record LabelsForbidden(IReadOnlyList<string> Labels) : GateCriterion;
