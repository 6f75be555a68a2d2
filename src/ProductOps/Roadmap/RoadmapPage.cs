namespace ProductOps.Roadmap;

/// <summary>
/// What a roadmap shows, built from board-index rows only. All text in it is still raw user text:
/// each output format escapes it for its target when it turns the page into a template model.
/// </summary>
public sealed record RoadmapPage(
    string Title,
    string Container,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<RoadmapSection> Horizons,
    IReadOnlyList<RoadmapSection> Phases,
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
}

/// <summary>What the outcome parts of the page are built from: the goals and the KPI history.</summary>
public sealed record RoadmapOutcomes(Outcomes.OutcomesConfig Config, IReadOnlyList<Outcomes.KpiValue> Kpis);

/// <summary>A horizon (Now, Next, Later) or a phase, with its items best first.</summary>
public sealed record RoadmapSection(string Name, IReadOnlyList<RoadmapItem> Items);

public sealed record RoadmapItem(
    string Id,
    string Title,
    string Url,
    double? Score,
    string? Priority,
    string? Phase,
    string? GateStatus,
    string? Milestone);

/// <summary>A point of the value-vs-effort chart: both axes scaled to 0..1 against the largest plotted value.</summary>
public sealed record ChartPoint(string Id, string Title, double Effort, double Value);
