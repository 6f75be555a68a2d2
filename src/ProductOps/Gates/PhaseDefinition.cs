namespace ProductOps.Gates;

/// <summary>A life-cycle phase and the label that claims it.</summary>
public sealed record PhaseDefinition(string Name, string Label);
