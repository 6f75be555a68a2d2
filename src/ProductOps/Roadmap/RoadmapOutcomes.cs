namespace ProductOps.Roadmap;

/// <summary>What the outcome parts of the page are built from: the goals, the KPI history and the failed automatic readings.</summary>
public sealed record RoadmapOutcomes(Outcomes.OutcomesConfig Config, IReadOnlyList<Outcomes.KpiValue> Kpis)
{
    public IReadOnlyList<Outcomes.KpiFailure> Failures { get; init; } = [];
}
