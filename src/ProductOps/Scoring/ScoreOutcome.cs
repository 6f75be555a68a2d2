namespace ProductOps.Scoring;

/// <summary>One resolved input. <paramref name="Source"/> is plain text such as "label impact:high" or "issue form field Reach"; it may hold label text, so escape it before rendering.</summary>
public sealed record ScoreInput(string Name, double Value, string Display, string Source)
{
    public InputSourceKind Kind { get; init; }

    /// <summary>How the source is named: "label", "issue form field", "Jira field" or "field".</summary>
    public string Via { get; init; } = "";

    /// <summary>The label ("impact:high") or field name ("Impact") the value was read from.</summary>
    public string Origin { get; init; } = "";

    /// <summary>The other source's value when precedence set it aside (it differed or was not valid), else null.</summary>
    public OverruledInput? Overruled { get; init; }

    /// <summary>The team estimates this value is the median of (<see cref="EstimateInputs"/>); empty for a label or field.</summary>
    public IReadOnlyList<Estimate> Estimates { get; init; } = [];

    /// <summary>True when those estimates are further apart than <c>scoring.estimates.disagree-ratio</c>.</summary>
    public bool EstimatesDisagree { get; init; }
}

/// <summary>A value that lost to the preferred source: where it was (<paramref name="Via"/> <paramref name="Origin"/>) and its raw text.</summary>
public sealed record OverruledInput(string Via, string Origin, string Raw);

/// <summary>The result of scoring one work item with one model.</summary>
public abstract record ScoreOutcome(string Model, IReadOnlyList<ScoreInput> Inputs);

/// <summary>A score, the formula with the actual numbers, and the priority bucket it falls in.</summary>
public sealed record Scored(string Model, IReadOnlyList<ScoreInput> Inputs, double Score, string Formula, string Bucket, string PriorityLabel)
    : ScoreOutcome(Model, Inputs);

/// <summary>
/// No score, never a 0: <paramref name="Missing"/> names inputs nobody gave; <paramref name="Problems"/> are
/// Markdown sentences saying what is wrong and how to fix it (user text in them is already escaped).
/// </summary>
public sealed record NotScored(string Model, IReadOnlyList<ScoreInput> Inputs, IReadOnlyList<string> Missing, IReadOnlyList<string> Problems)
    : ScoreOutcome(Model, Inputs);

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
