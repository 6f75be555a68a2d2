namespace ProductOps.WorkItems;

/// <summary>The board index rows of one repository or project: what a roadmap refresh or a digest reads about items.</summary>
public interface IBoardIndex
{
    IAsyncEnumerable<ItemRecord> ListAsync(string provider, string container, CancellationToken ct);
}
