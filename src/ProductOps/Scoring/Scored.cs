namespace ProductOps.Scoring;

/// <summary>A score, the formula with the actual numbers, and the priority bucket it falls in.</summary>
public sealed record Scored(string Model, IReadOnlyList<ScoreInput> Inputs, double Score, string Formula, string Bucket, string PriorityLabel)
    : ScoreOutcome(Model, Inputs);
