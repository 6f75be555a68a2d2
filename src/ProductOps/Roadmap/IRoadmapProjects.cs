namespace ProductOps.Roadmap;

/// <summary>Reads the items of the project a roadmap is built from (GitHub Projects through GraphQL).</summary>
public interface IRoadmapProjects
{
    /// <summary>
    /// Every item of the project, paged; throws <see cref="RoadmapProjectUnreadableException"/> when the project
    /// does not exist or these credentials may not read it, and defers (a retry-later) when the points run low.
    /// </summary>
    Task<RoadmapProjectItems> ReadAsync(RoadmapProjectSource source, string? scope, CancellationToken ct);
}
