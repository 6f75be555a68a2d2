namespace ProductOps.Scoring;

/// <summary>
/// The <c>scoring:</c> section of <c>.github/product-ops.yml</c>, already validated and merged over the
/// frozen defaults. Every property has a working default, so <see cref="Defaults"/> scores with RICE.
/// </summary>
public sealed record ScoringConfig
{
    // Declared before Defaults: static initialisers run in textual order and Defaults' constructor reads this.
    public static IReadOnlyDictionary<string, double> DefaultTShirtSizes { get; } =
        new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["XS"] = 0.25, ["S"] = 0.5, ["M"] = 1, ["L"] = 2, ["XL"] = 4,
        };

    public static ScoringConfig Defaults { get; } = new();

    public ScoringModel Model { get; init; } = ScoringModel.Rice;

    /// <summary>Label wins by default: adding a label is the newest explicit triage act, while an issue-form field is filled once when the issue is opened.</summary>
    public SourcePrecedence Precedence { get; init; } = SourcePrecedence.Label;

    public string NeedsScoringLabel { get; init; } = "needs-scoring";

    /// <summary>Estimates whose inputs changed longer ago than this are flagged as stale; 0 turns the check off.</summary>
    public int StaleAfterDays { get; init; } = 90;

    public IceMode IceMode { get; init; } = IceMode.Product;

    /// <summary>How team estimates (<c>/estimate</c>) are combined and flagged: <c>scoring.estimates</c>.</summary>
    public EstimateConfig Estimates { get; init; } = EstimateConfig.Defaults;

    /// <summary>The tracker number field that receives the score (a Jira field name such as "RICE score"); null writes none.</summary>
    public string? ScoreField { get; init; }

    /// <summary>GitHub Projects fields read as inputs and written with the score and priority (docs/projects.md).</summary>
    public BoardConfig Board { get; init; } = BoardConfig.None;

    /// <summary>T-shirt size to person-months, for effort inputs (keys match case-insensitively).</summary>
    public IReadOnlyDictionary<string, double> TShirtSizes { get; init; } = DefaultTShirtSizes;

    /// <summary>Per-model overrides; a model that is absent uses its catalog defaults.</summary>
    public IReadOnlyDictionary<ScoringModel, ModelConfig> Models { get; init; } = new Dictionary<ScoringModel, ModelConfig>();

    /// <summary>The bucket labels of the active model: the priority labels Product Ops manages (adds and removes).</summary>
    public IReadOnlyList<string> PriorityLabels => Buckets.Select(b => b.Label).ToArray();

    /// <summary>The priority buckets of the active model, highest first.</summary>
    public IReadOnlyList<PriorityBucket> Buckets => BucketsFor(Model);

    public IReadOnlyList<PriorityBucket> BucketsFor(ScoringModel model) =>
        Models.TryGetValue(model, out var settings) && settings.Buckets is { } buckets
            ? buckets
            : ModelCatalog.Get(model).DefaultBuckets(IceMode);

    /// <summary>Where the given input of a model is read from: the configured label prefix and field name, or the defaults.</summary>
    public InputSource SourceFor(ScoringModel model, InputDefinition input) =>
        Models.TryGetValue(model, out var settings) && settings.Inputs.TryGetValue(input.Key, out var source)
            ? source
            : new InputSource(input.DefaultLabelPrefix, input.DefaultField);
}
