namespace ProductOps.Scoring;

/// <summary>A model's declaration: its inputs in formula order and its default priority buckets.</summary>
public sealed record ModelDefinition(ScoringModel Model, string Key, string Name, IReadOnlyList<InputDefinition> Inputs)
{
    public InputDefinition? Input(string key) => Inputs.FirstOrDefault(i => i.Key == key);

    /// <summary>Default buckets; ICE's depend on the mode because a product (1-1000) and a mean (1-10) differ in range.</summary>
    public IReadOnlyList<PriorityBucket> DefaultBuckets(IceMode mode) => (Model, mode) switch
    {
        (ScoringModel.Rice, _) => Priorities(1000, 300, 100),
        (ScoringModel.Ice, IceMode.Product) => Priorities(500, 250, 100),
        (ScoringModel.Ice, IceMode.Mean) => Priorities(8, 6, 4),
        _ => Priorities(8, 4, 2), // WSJF and value/effort: ratios around 1-10
    };

    private static PriorityBucket[] Priorities(double p1, double p2, double p3) =>
    [
        new("P1", "priority:P1", p1),
        new("P2", "priority:P2", p2),
        new("P3", "priority:P3", p3),
        new("P4", "priority:P4", 0),
    ];
}
