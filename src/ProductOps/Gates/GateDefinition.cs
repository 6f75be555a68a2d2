namespace ProductOps.Gates;

/// <summary>A life-cycle phase and the label that claims it.</summary>
public sealed record PhaseDefinition(string Name, string Label);

/// <summary>What happens when a required criterion is not met: a comment and a label, or also a revert.</summary>
public enum GateMode { Warn, Block }

/// <summary>The gate that guards entry to one phase.</summary>
public sealed record GateDefinition(GateMode Mode, IReadOnlyList<GateCriterion> Criteria)
{
    public static GateDefinition Open { get; } = new(GateMode.Warn, []);
}

/// <summary>Passed (every criterion met), conditional (only advisory misses) or failed (a required miss).</summary>
public enum GateStatus { Passed, Conditional, Failed }

public static class GateStatusNames
{
    /// <summary>The name stored in the board index and shown in comments.</summary>
    public static string Name(this GateStatus status) => status switch
    {
        GateStatus.Passed => "passed",
        GateStatus.Conditional => "conditional",
        _ => "failed",
    };
}
