namespace ProductOps.Updates;

public sealed record OutcomesModel(FigureModel Throughput, FigureModel CycleDays, IReadOnlyList<PhaseFigureModel> TimeInPhase);
