namespace ProductOps.Roadmap;

/// <summary>
/// The <c>roadmap:</c> section of <c>.github/product-ops.yml</c>, validated and merged over these defaults
/// (docs/roadmap.md). Without a target nothing is published, so the defaults publish nothing.
/// </summary>
public sealed record RoadmapConfig
{
    public static RoadmapConfig Defaults { get; } = new();

    public string Title { get; init; } = "Roadmap";

    /// <summary>The life-cycle phases in the order the page shows them (the GOV.UK Service Manual's, by default).</summary>
    public IReadOnlyList<string> Phases { get; init; } = Gates.ServicePhases.Names;

    /// <summary>Items in one of these phases (or milestones) are "Now".</summary>
    public HorizonRule Now { get; init; } = new(["alpha", "beta"], [], null);

    /// <summary>Items not "Now" in one of these phases or milestones, or scoring at least the minimum, are "Next"; other open items are "Later".</summary>
    public HorizonRule Next { get; init; } = new(["discovery"], [], null);

    /// <summary>Phases that are done or winding down: shown in their phase section, not on Now / Next / Later.</summary>
    public IReadOnlyList<string> OffRoadmapPhases { get; init; } = ["live", "retirement"];

    /// <summary>How many of the highest-scoring items the value-vs-effort chart plots (0 hides it).</summary>
    public int ChartItems { get; init; } = 30;

    public RoadmapFileTarget? File { get; init; }
    public RoadmapIssueTarget? Issue { get; init; }
    public RoadmapHtmlTarget? Html { get; init; }
    public RoadmapJiraIssueTarget? JiraIssue { get; init; }

    /// <summary>Where the items come from when not the repository's own board index: a GitHub Project.</summary>
    public RoadmapProjectSource? Project { get; init; }

    public bool HasTargets => File is not null || Issue is not null || Html is not null || JiraIssue is not null;
}
