namespace ProductOps.Roadmap;

/// <summary>What was last published for one roadmap, so an unchanged page costs no tracker call at all.</summary>
public interface IRoadmapStates
{
    Task<RoadmapState> GetAsync(string provider, string container, CancellationToken ct);

    Task SaveAsync(RoadmapState state, CancellationToken ct);

    /// <summary>Clears the "refresh pending" mark before the index is read, so later events schedule another refresh.</summary>
    Task ClearPendingAsync(string provider, string container, CancellationToken ct);
}
