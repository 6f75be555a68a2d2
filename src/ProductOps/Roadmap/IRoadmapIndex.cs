using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>The board index rows of one repository or project: all a refresh reads about items.</summary>
public interface IRoadmapIndex
{
    IAsyncEnumerable<ItemRecord> ListAsync(string provider, string container, CancellationToken ct);
}
