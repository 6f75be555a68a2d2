namespace ProductOps.Scoring;

/// <summary>Configured overrides for one model; inputs not listed keep their defaults, null buckets mean the model's defaults.</summary>
public sealed record ModelConfig(IReadOnlyDictionary<string, InputSource> Inputs, IReadOnlyList<PriorityBucket>? Buckets)
{
    public static ModelConfig Empty { get; } = new(new Dictionary<string, InputSource>(), null);
}
