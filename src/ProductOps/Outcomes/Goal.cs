namespace ProductOps.Outcomes;

/// <summary>
/// An outcome the team works towards (docs/outcomes.md): why roadmap items exist. The KPI starts at
/// <see cref="Baseline"/> and should reach <see cref="Target"/> by <see cref="TargetDate"/>.
/// </summary>
public sealed record Goal(string Id, string Title, Kpi Kpi, double Baseline, double Target, DateOnly TargetDate)
{
    /// <summary>True when <paramref name="value"/> has reached the target in the KPI's good direction.</summary>
    public bool IsMet(double value) => Kpi.Direction == KpiDirection.Up ? value >= Target : value <= Target;
}
