namespace ProductOps.Scoring;

/// <summary>The result of scoring one work item with one model.</summary>
public abstract record ScoreOutcome(string Model, IReadOnlyList<ScoreInput> Inputs);
