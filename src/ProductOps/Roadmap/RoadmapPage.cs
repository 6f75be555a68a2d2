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

/// <summary>What the outcome parts of the page are built from: the goals and the KPI history.</summary>
public sealed record RoadmapOutcomes(Outcomes.OutcomesConfig Config, IReadOnlyList<Outcomes.KpiValue> Kpis);

/// <summary>A horizon (Now, Next, Later) or a phase, with its items best first.</summary>
public sealed record RoadmapPageSection(string Name, IReadOnlyList<RoadmapItem> Items);

public sealed record RoadmapItem(
    string Id,
    string Title,
    string Url,
    double? Score,
    string? Priority,
    string? Phase,
    string? GateStatus,
    string? Milestone)
{
    /// <summary>The item's repository (<c>owner/repo</c>) when the roadmap lists items of several (a project roadmap).</summary>
    public string? Repository { get; init; }

    /// <summary>A project draft: no issue to link to.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Now, Next or Later; null for an item in an off-roadmap phase.</summary>
    public string? Horizon { get; init; }
}

/// <summary>A point of the value-vs-effort chart: both axes scaled to 0..1 against the largest plotted value.</summary>
public sealed record ChartPoint(string Id, string Title, double Effort, double Value)
{
    /// <summary>The effort and value read from the score (in <see cref="ChartUnits"/>), for ticks and the data table.</summary>
    public double ActualEffort { get; init; }

    public double ActualValue { get; init; }

    /// <summary>The quadrant the point sits in; a point on a middle line counts as high value and as low effort.</summary>
    public string Quadrant => Value >= 0.5 ? (Effort <= 0.5 ? "Quick wins" : "Big bets") : (Effort <= 0.5 ? "Fill-ins" : "Money pits");
}

/// <summary>What the chart's axes measure, told by the scoring model's inputs (RICE: person-months).</summary>
public sealed record ChartUnits(string Value, string Effort)
{
    public static readonly ChartUnits Points = new("value points", "effort points");

    public static ChartUnits Of(IReadOnlyDictionary<string, double> inputs)
    {
        bool Has(string name) => inputs.Keys.Any(k => string.Equals(k.Trim().Replace(' ', '-'), name, StringComparison.OrdinalIgnoreCase));
        return Has("reach") ? new("reach × impact × confidence", "person-months")
            : Has("job-size") ? new("cost of delay, points", "job size, points")
            : Has("ease") ? new("impact × confidence", "11 − ease")
            : Points;
    }
}
