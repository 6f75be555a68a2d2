namespace ProductOps.Roadmap;

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

    /// <summary>The scoring model the score was made with ("RICE"), when its inputs tell; see <see cref="ScoreText"/>.</summary>
    public string? ScoreModel { get; init; }

    /// <summary>Now, Next or Later; null for an item in an off-roadmap phase.</summary>
    public string? Horizon { get; init; }
}
