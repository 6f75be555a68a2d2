namespace ProductOps.Gates;

/// <summary>Every label (<paramref name="AnyOf"/> false) or at least one label (true) must be on the item.</summary>
public sealed record LabelsRequired(IReadOnlyList<string> Labels, bool AnyOf) : GateCriterion;
