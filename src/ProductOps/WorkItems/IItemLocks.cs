namespace ProductOps.WorkItems;

/// <summary>Mutual exclusion per work item across every instance of the app.</summary>
public interface IItemLocks
{
    Task<IAsyncDisposable> AcquireAsync(ItemKey key, CancellationToken ct);
}
