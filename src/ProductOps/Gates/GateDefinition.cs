namespace ProductOps.Gates;

/// <summary>The gate that guards entry to one phase.</summary>
public sealed record GateDefinition(GateMode Mode, IReadOnlyList<GateCriterion> Criteria)
{
    public static GateDefinition Open { get; } = new(GateMode.Warn, []);
}
