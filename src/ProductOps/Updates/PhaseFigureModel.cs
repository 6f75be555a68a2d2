namespace ProductOps.Updates;

public sealed record PhaseFigureModel(string Phase, double? Value, double? Previous, string Trend);
