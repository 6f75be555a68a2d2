namespace ProductOps.Scoring;

/// <summary>A score of at least <paramref name="Min"/> falls in this bucket; buckets are checked highest first.</summary>
public sealed record PriorityBucket(string Name, string Label, double Min);
