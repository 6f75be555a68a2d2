namespace ProductOps.Outcomes;

/// <summary>What reading one endpoint gave: a number, or why there is none (said in words, for the log).</summary>
public sealed record KpiReading(double? Value, string? Problem);
