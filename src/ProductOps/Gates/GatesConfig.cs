namespace ProductOps.Gates;

/// <summary>
/// The <c>gates:</c> section of <c>.github/product-ops.yml</c>, validated and merged over the defaults
/// (docs/gates.md): the ordered phases, the label that marks a failed gate, and one gate per phase.
/// </summary>
public sealed record GatesConfig
{
    public static GatesConfig Defaults { get; } = new();

    /// <summary>Ordered, earliest first; the GOV.UK Service Manual's phases by default.</summary>
    public IReadOnlyList<PhaseDefinition> Phases { get; init; } = DefaultGates.Phases;

    public string FailedLabel { get; init; } = "gate:failed";

    /// <summary>Gates by phase name; a phase without one is entered freely.</summary>
    public IReadOnlyDictionary<string, GateDefinition> Gates { get; init; } = DefaultGates.ByPhase;

    public GateDefinition GateFor(string phase) => Gates.GetValueOrDefault(phase) ?? GateDefinition.Open;

    public PhaseDefinition? Phase(string name) => Phases.FirstOrDefault(p => p.Name == name);

    public int IndexOf(string? phase) => phase is null ? -1 : Phases.ToList().FindIndex(p => p.Name == phase);

    /// <summary>The phase a label claims, matched ignoring case, or null.</summary>
    public PhaseDefinition? PhaseOfLabel(string label) =>
        Phases.FirstOrDefault(p => string.Equals(p.Label, label, StringComparison.OrdinalIgnoreCase));
}
