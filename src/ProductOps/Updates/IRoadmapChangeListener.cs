namespace ProductOps.Updates;

/// <summary>Told each time a roadmap is refreshed, with the page and the container's configuration (roadmap-changed announcements).</summary>
public interface IRoadmapChangeListener
{
    Task RefreshedAsync(string provider, string container, string? scope, Roadmap.RoadmapPage page, Configuration.ProductOpsConfig config, string? roadmapIssue, CancellationToken ct);
}
