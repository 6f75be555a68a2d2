namespace ProductOps.Scoring;

/// <summary>
/// No score, never a 0: <paramref name="Missing"/> names inputs nobody gave; <paramref name="Problems"/> are
/// Markdown sentences saying what is wrong and how to fix it (user text in them is already escaped).
/// </summary>
public sealed record NotScored(string Model, IReadOnlyList<ScoreInput> Inputs, IReadOnlyList<string> Missing, IReadOnlyList<string> Problems)
    : ScoreOutcome(Model, Inputs);
