namespace ProductOps.Outcomes;

/// <summary>One KPI reading, recorded by <c>/kpi</c> (or read from an endpoint): the value, when, by whom, from which comment.</summary>
public sealed record KpiValue(string GoalId, double Value, DateTimeOffset At, string Author, string SourceId);
