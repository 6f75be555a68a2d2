namespace ProductOps.Outcomes;

/// <summary>Whether a KPI gets better as it rises (activation rate) or as it falls (time to first value).</summary>
public enum KpiDirection { Up, Down }
