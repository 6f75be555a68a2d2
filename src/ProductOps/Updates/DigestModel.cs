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
