namespace ProductOps.Updates;

/// <summary>A figure for the period, the same figure for the period before, and the trend (up, down, flat, new, none).</summary>
public sealed record FigureModel(double? Value, double? Previous, string Trend);
