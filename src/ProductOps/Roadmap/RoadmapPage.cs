namespace ProductOps.Roadmap;

/// <summary>
/// What a roadmap shows, built from board-index rows only. All text in it is still raw user text:
/// each output format escapes it for its target when it turns the page into a template model.
/// </summary>
public sealed record RoadmapPage(
    string Title,
    string Container,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<RoadmapPageSection> Horizons,
    IReadOnlyList<RoadmapPageSection> Phases,
    IReadOnlyList<ChartPoint> Chart,
    int OpenItems)
{
    /// <summary>
    /// The time of the newest change the page shows (an item opened or closed, a phase entered, score inputs
    /// changed, a KPI reading), not the time of the render or of the last event: a page rebuilt from a board
    /// whose shown content is unchanged is byte for byte the same, so nothing is republished.
    /// Null when built without outcomes (then "As of" is not shown).
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The "why" view: each goal with its KPI history and items (empty when no goals are declared).</summary>
    public IReadOnlyList<Outcomes.GoalSummary> Goals { get; init; } = [];

    /// <summary>Open items that name no goal, when goals are declared.</summary>
    public IReadOnlyList<RoadmapItem> WithoutGoal { get; init; } = [];

    /// <summary>Items that reached users (live, retirement or closed) recently, newest first, with the date.</summary>
    public IReadOnlyList<(RoadmapItem Item, DateTimeOffset At)> Shipped { get; init; } = [];

    /// <summary>Items shipped per week over the last 12 weeks, oldest first (empty without outcomes).</summary>
    public IReadOnlyList<Outcomes.WeekCount> Throughput { get; init; } = [];

    /// <summary>What changed since the previous version of the roadmap; null on the first version (or without history).</summary>
    public RoadmapChanges? Changes { get; init; }

    /// <summary>What the value-vs-effort chart's axes measure.</summary>
    public ChartUnits ChartUnits { get; init; } = ChartUnits.Points;

    /// <summary>A project roadmap's items grouped by its <c>group-by</c> field; null without one.</summary>
    public RoadmapGrouping? Grouping { get; init; }
}
