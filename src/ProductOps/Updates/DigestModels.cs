namespace ProductOps.Updates;

/// <summary>The model of the digest template (docs/updates.md#digest).</summary>
public sealed record DigestModel(
    string Repository, string Provider, string From, string To, double Days,
    IReadOnlyList<PhaseMoveModel> Moved, IReadOnlyList<ItemModel> Shipped, IReadOnlyList<ItemModel> New,
    IReadOnlyList<ItemModel> Top, IReadOnlyList<ItemModel> FailingGates, OutcomesModel Outcomes, bool IsEmpty)
{
    /// <summary>Per goal: the KPI now, before the period, the target, and the items shipped towards it (docs/outcomes.md).</summary>
    public IReadOnlyList<GoalDigestModel> Goals { get; init; } = [];
}

/// <summary>One goal in the digest; values carry their unit ("41 %"), the trend reads "up 3 %, better" or "no change".</summary>
public sealed record GoalDigestModel(string Id, string Title, string Kpi, string Now, string Before, string Target, string TargetDate, string Trend, IReadOnlyList<ItemModel> Shipped);

public sealed record PhaseMoveModel(ItemModel Item, string? From, string To, string At);

public sealed record OutcomesModel(FigureModel Throughput, FigureModel CycleDays, IReadOnlyList<PhaseFigureModel> TimeInPhase);

/// <summary>A figure for the period, the same figure for the period before, and the trend (up, down, flat, new, none).</summary>
public sealed record FigureModel(double? Value, double? Previous, string Trend);

public sealed record PhaseFigureModel(string Phase, double? Value, double? Previous, string Trend);
