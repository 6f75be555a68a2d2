namespace ProductOps.Scoring;

/// <summary>What the processor stores between events, to say in the next comment what changed.</summary>
public sealed record ScoreSnapshot(double? Score, IReadOnlyDictionary<string, double> Inputs)
{
    public static ScoreSnapshot From(ScoreOutcome outcome) => new(
        outcome is Scored scored ? scored.Score : null,
        outcome.Inputs.ToDictionary(i => i.Name, i => i.Value));

    /// <summary>True when both snapshots hold the same input names with the same values.</summary>
    public bool SameInputs(ScoreSnapshot other) =>
        Inputs.Count == other.Inputs.Count &&
        Inputs.All(i => other.Inputs.TryGetValue(i.Key, out var value) && value == i.Value);

    public bool SameAs(ScoreSnapshot other) => Score == other.Score && SameInputs(other);
}
