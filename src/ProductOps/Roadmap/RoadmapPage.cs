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
    int OpenItems);

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
