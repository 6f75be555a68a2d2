namespace ProductOps.Updates;

/// <summary>Where each item sat on a roadmap at its last refresh.</summary>
public interface IRoadmapPlacements
{
    Task<IReadOnlyDictionary<string, string>?> GetAsync(string provider, string container, CancellationToken ct);

    Task SaveAsync(string provider, string container, IReadOnlyDictionary<string, string> placements, CancellationToken ct);
}
