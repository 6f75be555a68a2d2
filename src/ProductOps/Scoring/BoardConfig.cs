namespace ProductOps.Scoring;

/// <summary>
/// <c>scoring.project</c>: which project fields give scoring inputs (input key such as "reach" to a
/// field name such as "Reach"), and the number and single-select fields the score and the priority
/// are written to. <see cref="Number"/> picks the project when an issue is on several.
/// </summary>
public sealed record BoardConfig
{
    public static BoardConfig None { get; } = new();

    /// <summary>The project number (<c>github.com/orgs/ORG/projects/N</c>); null takes the first project that has an item for the issue.</summary>
    public int? Number { get; init; }

    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public string? ScoreField { get; init; }

    public string? PriorityField { get; init; }

    public bool IsEnabled => Inputs.Count > 0 || ScoreField is not null || PriorityField is not null;

    /// <summary>The project field an input is read from, or null.</summary>
    public string? FieldFor(string inputKey) => Inputs.TryGetValue(inputKey, out var field) ? field : null;
}
