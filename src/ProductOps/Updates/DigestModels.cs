namespace ProductOps.Updates;

/// <summary>The model of the digest template (docs/updates.md#digest).</summary>
public sealed record DigestModel(
    string Repository, string Provider, string From, string To, double Days,
    IReadOnlyList<PhaseMoveModel> Moved, IReadOnlyList<ItemModel> Shipped, IReadOnlyList<ItemModel> New,
    IReadOnlyList<ItemModel> Top, IReadOnlyList<ItemModel> FailingGates, OutcomesModel Outcomes, bool IsEmpty);

public sealed record PhaseMoveModel(ItemModel Item, string? From, string To, string At);

public sealed record OutcomesModel(FigureModel Throughput, FigureModel CycleDays, IReadOnlyList<PhaseFigureModel> TimeInPhase);

/// <summary>A figure for the period, the same figure for the period before, and the trend (up, down, flat, new, none).</summary>
public sealed record FigureModel(double? Value, double? Previous, string Trend);

public sealed record PhaseFigureModel(string Phase, double? Value, double? Previous, string Trend);
