using ProductOps.Gates;
using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>
/// The validated, merged <c>.github/product-ops.yml</c>: scoring, gates, roadmap and updates sections.
/// </summary>
public sealed record ProductOpsConfig
{
    /// <summary>Where the file lives, in the repository and in the organisation's <c>.github</c> repository.</summary>
    public const string FilePath = ".github/product-ops.yml";

    /// <summary>The frozen defaults: what a repository without any file gets.</summary>
    public static ProductOpsConfig Defaults { get; } = new();

    public ScoringConfig Scoring { get; init; } = ScoringConfig.Defaults;

    /// <summary>Phases and the gates that guard them (docs/gates.md).</summary>
    public GatesConfig Gates { get; init; } = GatesConfig.Defaults;

    public Roadmap.RoadmapConfig Roadmap { get; init; } = ProductOps.Roadmap.RoadmapConfig.Defaults;

    /// <summary>Announcements and the scheduled digest: what is sent and where (docs/updates.md).</summary>
    public Updates.UpdatesConfig Updates { get; init; } = ProductOps.Updates.UpdatesConfig.Defaults;

    /// <summary>Goals, their KPIs, and how items link to them (docs/outcomes.md).</summary>
    public Outcomes.OutcomesConfig Outcomes { get; init; } = ProductOps.Outcomes.OutcomesConfig.Defaults;
}
