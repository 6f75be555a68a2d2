using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>Told after every processed event that a repository's or project's roadmap may be out of date.</summary>
public interface IRoadmapSignal
{
    Task MarkDirtyAsync(ItemKey item, string? scope, CancellationToken ct);

    /// <summary>Asks for a refresh without waiting for the debounce window (<c>/roadmap</c>); by default the same as a change.</summary>
    Task RefreshNowAsync(ItemKey item, string? scope, CancellationToken ct) => MarkDirtyAsync(item, scope, ct);
}
