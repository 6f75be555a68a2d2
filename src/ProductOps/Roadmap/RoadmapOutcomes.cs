namespace ProductOps.Roadmap;

/// <summary>What the outcome parts of the page are built from: the goals and the KPI history.</summary>
public sealed record RoadmapOutcomes(Outcomes.OutcomesConfig Config, IReadOnlyList<Outcomes.KpiValue> Kpis);
