namespace ProductOps.Roadmap;

/// <summary>The last two versions of each roadmap's placements, for "what changed since the last version".</summary>
public interface IRoadmapVersions
{
    Task<RoadmapVersions?> GetAsync(string provider, string container, CancellationToken ct);

    Task SaveAsync(string provider, string container, RoadmapVersions versions, CancellationToken ct);
}
