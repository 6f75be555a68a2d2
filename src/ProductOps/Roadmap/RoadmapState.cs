namespace ProductOps.Roadmap;

/// <summary>Content hashes of what each target last received (hash of target settings and content).</summary>
public sealed record RoadmapState(string Provider, string Container)
{
    public string? FileHash { get; init; }
    public string? IssueHash { get; init; }
    public string? IssueId { get; init; }
    public string? HtmlHash { get; init; }
    public string? JiraIssueHash { get; init; }
    public string? Version { get; init; }
}
