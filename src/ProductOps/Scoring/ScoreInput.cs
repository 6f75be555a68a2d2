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
